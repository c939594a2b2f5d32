package id.gotong.eventstore;

import id.gotong.correction.RecordedActs;
import id.gotong.events.CollaborationAct;
import id.gotong.events.Provenance;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;

import java.util.Optional;
import java.util.OptionalLong;

/** Answers "who recorded event X" from the event store, through the same upcasting path as every other read. */
public class LedgerRecordedActs implements RecordedActs {

    private final MongoLedgerStorageEngine engine;

    public LedgerRecordedActs(MongoLedgerStorageEngine engine) {
        this.engine = engine;
    }

    @Override
    public Optional<Provenance> provenanceOf(String eventId) {
        OptionalLong position = engine.positionOf(eventId);
        if (position.isEmpty()) {
            return Optional.empty();
        }
        try (var events = engine.readEvents(new GlobalSequenceTrackingToken(position.getAsLong() - 1), false)) {
            return events.findFirst()
                         .map(event -> event.getPayload() instanceof CollaborationAct act ? act.provenance() : null);
        }
    }
}
