package id.gotong.config;

import id.gotong.events.CollaborationAct;
import id.gotong.eventstore.MongoLedgerStorageEngine;
import id.gotong.projection.Entry;
import id.gotong.projection.EventHistory;
import org.axonframework.eventhandling.TrackedEventMessage;

import java.util.Collection;
import java.util.List;
import java.util.stream.Stream;

/** The query side's view of the event store: events by position, as the tracking processors receive them. */
public final class StoredHistory implements EventHistory {

    private final MongoLedgerStorageEngine engine;

    public StoredHistory(MongoLedgerStorageEngine engine) {
        this.engine = engine;
    }

    @Override
    public List<Entry> at(Collection<Long> positions) {
        return entries(engine.readAt(positions));
    }

    @Override
    public List<Entry> from(long start, int max) {
        return entries(engine.readFrom(start, max));
    }

    @Override
    public long size() {
        return engine.nextPosition();
    }

    private static List<Entry> entries(Stream<TrackedEventMessage<?>> messages) {
        return messages.filter(m -> m.getPayload() instanceof CollaborationAct)
                .map(m -> new Entry(m.trackingToken().position().orElseThrow(), m.getIdentifier(),
                        (CollaborationAct) m.getPayload()))
                .toList();
    }
}
