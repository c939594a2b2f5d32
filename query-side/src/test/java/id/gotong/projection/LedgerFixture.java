package id.gotong.projection;

import id.gotong.events.CollaborationAct;
import id.gotong.events.Evidences;
import id.gotong.events.Provenance;
import id.gotong.events.TheoryElement;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The events of one collaboration as the event store would hand them to a projection: positions from 0 in the order
 * recorded, each stamped with its actor, the moment it happened and its default theory elements. The clock moves only
 * when a test moves it.
 */
public final class LedgerFixture {

    private final String collaborationId;
    private final List<Entry> entries = new ArrayList<>();
    private final Map<String, String> actors = new HashMap<>();
    private Instant now;

    public LedgerFixture(String collaborationId, Instant start) {
        this.collaborationId = collaborationId;
        this.now = start;
    }

    public LedgerFixture at(Instant instant) {
        now = instant;
        return this;
    }

    public LedgerFixture after(Duration duration) {
        now = now.plus(duration);
        return this;
    }

    public Instant now() {
        return now;
    }

    /** The next event, by {@code actor}, happening now. */
    public Entry record(String actor, Function<Provenance, ? extends CollaborationAct> event) {
        return record(actor, now, event);
    }

    /** The next event, by {@code actor}, happening at {@code occurredAt} and recorded now. */
    public Entry record(String actor, Instant occurredAt, Function<Provenance, ? extends CollaborationAct> event) {
        long position = entries.size();
        Entry entry = new Entry(position, "evt-" + position,
                stamped(actor, collaborationId, occurredAt, now, event));
        entries.add(entry);
        actors.put(entry.eventId(), actor);
        return entry;
    }

    /** The event built with a provenance that carries the default theory elements of the event's type. */
    public static CollaborationAct stamped(String actor, String collaborationId, Instant occurredAt, Instant recordedAt,
                                          Function<Provenance, ? extends CollaborationAct> event) {
        return RandomLedger.stamped(actor, collaborationId, occurredAt, recordedAt, event);
    }

    public static Set<TheoryElement> evidencesOf(Class<?> type) {
        return RandomLedger.evidencesOf(type);
    }

    /** What the projector's lookup answers: the actor of an event recorded earlier. */
    public Optional<String> actorOf(String eventId) {
        return Optional.ofNullable(actors.get(eventId));
    }

    public List<Entry> entries() {
        return List.copyOf(entries);
    }

    /** The acts of the collaboration, as the projector writes them to {@code read_acts}. */
    public List<Act> acts() {
        return entries.stream().map(LedgerFixture::act).toList();
    }

    public static Act act(Entry entry) {
        Provenance provenance = entry.provenance();
        return new Act(entry.position(), entry.eventId(), provenance.collaborationId(), entry.type(),
                Projector.subjectOf(entry.event()), provenance.actor(), provenance.occurredAt(),
                provenance.recordedAt(), List.copyOf(provenance.evidences()));
    }
}
