package id.gotong.act;

import id.gotong.events.CollaborationAct;
import id.gotong.events.Evidences;
import id.gotong.events.Provenance;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Set;

/** Builds the provenance of an act being recorded now. */
public final class Acts {

    /** Older than any record the seed studies mention; earlier dates are typing errors, not history. */
    public static final Instant EARLIEST = Instant.parse("1900-01-01T00:00:00Z");

    /**
     * How far a client's clock may run ahead of the server's: an {@code occurredAt} up to this much later than now is
     * taken as now (an act is never recorded before it happened); later than that it is refused.
     */
    public static final Duration CLOCK_SKEW = Duration.ofSeconds(5);

    /** The calendar dates an act may name (a due day, a validity, a meeting): 1900-01-01 to 9999-12-31. */
    public static final LocalDate FIRST_DATE = LocalDate.of(1900, 1, 1);
    public static final LocalDate LAST_DATE = LocalDate.of(9999, 12, 31);

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

    /** Refuses a date outside {@link #FIRST_DATE} … {@link #LAST_DATE} with rule {@code date-in-range}. */
    public static void dateInRange(LocalDate date, String field) {
        if (date != null && (date.isBefore(FIRST_DATE) || date.isAfter(LAST_DATE))) {
            throw new RuleViolation("date-in-range", field, field + " must lie between " + FIRST_DATE + " and "
                    + LAST_DATE + ", not " + date);
        }
    }

    /** As {@link #dateInRange(LocalDate, String)}, for a moment (its UTC date). */
    public static void dateInRange(Instant moment, String field) {
        if (moment != null && (moment.isBefore(FIRST_DATE.atStartOfDay(ZoneOffset.UTC).toInstant())
                || !moment.isBefore(LAST_DATE.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant()))) {
            throw new RuleViolation("date-in-range", field, field + " must lie between " + FIRST_DATE + " and "
                    + LAST_DATE + ", not " + moment);
        }
    }

    /** The calendar day an instant falls on in the clock's zone: due days end at midnight there. */
    public static java.time.LocalDate dayOf(Instant instant, Clock clock) {
        return instant.atZone(clock.getZone()).toLocalDate();
    }

    /**
     * @param occurredAt when the act happened, or {@code null} for "now"
     * @throws RuleViolation if {@code occurredAt} lies more than {@link #CLOCK_SKEW} in the future or before
     *                       {@link #EARLIEST}
     */
    public static Provenance provenance(Class<? extends CollaborationAct> eventType, String actor,
                                        String collaborationId, Instant occurredAt, String authority, Clock clock) {
        Instant now = clock.instant();
        Instant when = occurredAt == null || occurredAt.isAfter(now) && !occurredAt.isAfter(now.plus(CLOCK_SKEW))
                ? now : occurredAt;
        if (when.isAfter(now)) {
            throw new RuleViolation("occurred-not-in-future", "occurredAt",
                    "An act cannot have happened after the moment it is recorded (" + now + ", allowing "
                            + CLOCK_SKEW.toSeconds() + " s for clocks running ahead)");
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
