package id.gotong.act;

import id.gotong.events.CollaborationAct;
import id.gotong.events.Evidences;
import id.gotong.events.Provenance;

import java.time.Clock;
import java.time.Instant;
import java.util.Set;

/** Builds the provenance of an act being recorded now. */
public final class Acts {

    /** Older than any record the seed studies mention; earlier dates are typing errors, not history. */
    public static final Instant EARLIEST = Instant.parse("1900-01-01T00:00:00Z");

    /** The actor of acts that time decides: an agreement expiring, a commitment becoming overdue. */
    public static final String SYSTEM = "system";

    private Acts() {
    }

    /** Refuses a blank required text with rule {@code required}, naming the field. */
    public static void required(String value, String field, String detail) {
        if (value == null || value.isBlank()) {
            throw new RuleViolation("required", field, detail);
        }
    }

    /** The calendar day an instant falls on in the clock's zone: due days end at midnight there. */
    public static java.time.LocalDate dayOf(Instant instant, Clock clock) {
        return instant.atZone(clock.getZone()).toLocalDate();
    }

    /**
     * @param occurredAt when the act happened, or {@code null} for "now"
     * @throws RuleViolation if {@code occurredAt} lies in the future or before {@link #EARLIEST}
     */
    public static Provenance provenance(Class<? extends CollaborationAct> eventType, String actor,
                                        String collaborationId, Instant occurredAt, String authority, Clock clock) {
        Instant now = clock.instant();
        Instant when = occurredAt == null ? now : occurredAt;
        if (when.isAfter(now)) {
            throw new RuleViolation("occurred-not-in-future", "occurredAt",
                    "An act cannot have happened after the moment it is recorded (" + now + ")");
        }
        if (when.isBefore(EARLIEST)) {
            throw new RuleViolation("occurred-after-1900", "occurredAt", "An act cannot have happened before 1900");
        }
        return new Provenance(actor, collaborationId, when, now, authority, evidencesOf(eventType));
    }

    public static Set<id.gotong.events.TheoryElement> evidencesOf(Class<? extends CollaborationAct> eventType) {
        Evidences evidences = eventType.getAnnotation(Evidences.class);
        if (evidences == null) {
            throw new IllegalStateException(eventType.getName() + " has no @Evidences mapping");
        }
        return Set.of(evidences.value());
    }
}
