package id.gotong.stakeholderhistory;

import id.gotong.dossier.Evidence;
import id.gotong.dossier.Evidence.Kind;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A stakeholder's indicators over time, computed from its {@link Evidence}: one point per event that gave evidence,
 * in the order the acts happened ({@code occurredAt}, then ledger position). The formulas are in
 * {@code docs/indicators.md}; changing one means a new {@link #FORMULA_VERSION}.
 */
public final class StakeholderHistory {

    public static final String FORMULA_VERSION = "1";

    /** Forgetting: evidence loses half its weight per year (Jøsang &amp; Ismail's forgetting factor, by age). */
    public static final Duration HALF_LIFE = Duration.ofDays(365);

    /** Weights of positive (trust-building) evidence. */
    public static final Map<Kind, Double> POSITIVE = new EnumMap<>(Map.of(
            Kind.ATTENDED, 1.0, Kind.REPRESENTED, 1.0,
            Kind.FULFILLED_ON_TIME, 1.0, Kind.FULFILLED_LATE, 0.5,
            Kind.ANSWERED_ON_TIME, 1.0, Kind.ANSWERED_LATE, 0.5,
            Kind.OUTCOME_CONFIRMED, 1.0));

    /** Weights of negative evidence. A reasoned refusal weighs half of silence. */
    public static final Map<Kind, Double> NEGATIVE = new EnumMap<>(Map.of(
            Kind.OVERDUE, 1.0, Kind.ABANDONED, 1.0,
            Kind.LAPSED, 1.0, Kind.DECLINED, 0.5,
            Kind.OUTCOME_DISPUTED, 1.0, Kind.RECORD_CORRECTED, 1.0));

    public static final Comparator<Evidence> ORDER = Comparator.comparing(Evidence::occurredAt)
            .thenComparingLong(Evidence::position)
            .thenComparing(Evidence::kind);

    private StakeholderHistory() {
    }

    /** The indicators after one event. */
    public record Point(Instant at, long position, List<String> eventIds, Dialogue dialogue, Trust trust,
                        Commitment commitment, Understanding understanding) {
    }

    /** Ansell &amp; Gash face-to-face dialogue; Emerson &amp; Nabatchi discovery. */
    public record Dialogue(int convened, int invited, int attended, int represented, int absent,
                           Double attendanceRate) {
    }

    /**
     * A beta reputation (Jøsang &amp; Ismail 2002) with forgetting: {@code expected = (r + 1) / (r + s + 2)},
     * {@code evidence = r + s}, {@code uncertainty = 2 / (r + s + 2)}. Ansell &amp; Gash trust building; Emerson &amp;
     * Nabatchi mutual trust.
     */
    public record Trust(double positive, double negative, double expected, double evidence, double uncertainty) {

        public static Trust of(double r, double s) {
            return new Trust(r, s, (r + 1) / (r + s + 2), r + s, 2 / (r + s + 2));
        }

        /** The same evidence seen later: every weight decays by the time passed. */
        public Trust decayedBy(Duration elapsed) {
            double factor = decay(elapsed);
            return of(positive * factor, negative * factor);
        }
    }

    /** Ansell &amp; Gash commitment to the process; Emerson &amp; Nabatchi shared motivation: commitment. */
    public record Commitment(int agreementsSigned, int agreementsInForce, int pledged, int open, int fulfilled,
                             int fulfilledOnTime, int overdue, int abandoned, Double fulfilmentRate,
                             int activeQuarters, int quartersSpanned, Double continuity) {
    }

    /** Ansell &amp; Gash shared understanding; Emerson &amp; Nabatchi mutual understanding. */
    public record Understanding(int endorsements, int dissents, int currentEndorsements, int currentDissents) {
    }

    static double decay(Duration elapsed) {
        if (elapsed.isNegative() || elapsed.isZero()) {
            return 1.0;
        }
        return Math.pow(0.5, (double) elapsed.toSeconds() / HALF_LIFE.toSeconds());
    }

    /** One point per event, in order; {@code evidence} may come in any order and belong to one stakeholder. */
    public static List<Point> of(List<Evidence> evidence, ZoneId zone) {
        List<Evidence> sorted = new ArrayList<>(evidence);
        sorted.sort(ORDER);
        Accumulator accumulator = new Accumulator(zone);
        List<Point> points = new ArrayList<>();
        int i = 0;
        while (i < sorted.size()) {
            Evidence first = sorted.get(i);
            List<String> eventIds = new ArrayList<>();
            int j = i;
            while (j < sorted.size() && sorted.get(j).eventId().equals(first.eventId())) {
                accumulator.add(sorted.get(j));
                j++;
            }
            eventIds.add(first.eventId());
            points.add(accumulator.point(first.occurredAt(), first.position(), eventIds));
            i = j;
        }
        return points;
    }

    private static final class Accumulator {
        private final ZoneId zone;
        private int convened;
        private int invited;
        private int attended;
        private int represented;
        private int absent;
        private double r;
        private double s;
        private Instant trustAt;
        private int signed;
        private final Map<String, Boolean> agreementsInForce = new HashMap<>();
        private final Map<String, Kind> commitments = new HashMap<>();
        private int pledged;
        private int fulfilledOnTime;
        private Integer firstQuarter;
        private final java.util.Set<Integer> activeQuarters = new java.util.HashSet<>();
        private int endorsements;
        private int dissents;
        private final Map<String, String> goalVersion = new HashMap<>();
        private final Map<String, String> endorsed = new HashMap<>();
        private final Map<String, String> dissented = new HashMap<>();

        Accumulator(ZoneId zone) {
            this.zone = zone;
        }

        void add(Evidence e) {
            if (trustAt != null) {
                double factor = decay(Duration.between(trustAt, e.occurredAt()));
                r *= factor;
                s *= factor;
            }
            trustAt = e.occurredAt();
            r += POSITIVE.getOrDefault(e.kind(), 0.0);
            s += NEGATIVE.getOrDefault(e.kind(), 0.0);
            if (e.ownAct()) {
                int quarter = quarter(e.occurredAt());
                firstQuarter = firstQuarter == null ? quarter : Math.min(firstQuarter, quarter);
                activeQuarters.add(quarter);
            }
            switch (e.kind()) {
                case CONVENED -> convened++;
                case INVITED -> invited++;
                case ATTENDED -> attended++;
                case REPRESENTED -> represented++;
                case ABSENT -> absent++;
                case SIGNED -> signed++;
                case AGREEMENT_IN_FORCE -> agreementsInForce.put(e.subjectId(), true);
                case AGREEMENT_SUSPENDED, AGREEMENT_ENDED -> agreementsInForce.put(e.subjectId(), false);
                case PLEDGED -> {
                    pledged++;
                    commitments.putIfAbsent(e.subjectId(), Kind.PLEDGED);
                }
                case FULFILLED_ON_TIME -> {
                    fulfilledOnTime++;
                    commitments.put(e.subjectId(), Kind.FULFILLED_ON_TIME);
                }
                case FULFILLED_LATE -> commitments.put(e.subjectId(), Kind.FULFILLED_LATE);
                case OVERDUE -> commitments.computeIfPresent(e.subjectId(),
                        (id, state) -> state == Kind.PLEDGED ? Kind.OVERDUE : state);
                case ABANDONED -> commitments.put(e.subjectId(), Kind.ABANDONED);
                case ENDORSED -> {
                    endorsements++;
                    goalVersion.merge(e.subjectId(), e.detail(), StakeholderHistory::later);
                    endorsed.put(e.subjectId(), e.detail());
                    dissented.remove(e.subjectId());
                }
                case DISSENTED -> {
                    dissents++;
                    goalVersion.merge(e.subjectId(), e.detail(), StakeholderHistory::later);
                    dissented.put(e.subjectId(), e.detail());
                    endorsed.remove(e.subjectId());
                }
                case GOAL_REVISED -> goalVersion.merge(e.subjectId(), e.detail(), StakeholderHistory::later);
                default -> {
                }
            }
        }

        private int quarter(Instant at) {
            ZonedDateTime local = at.atZone(zone);
            return local.getYear() * 4 + (local.getMonthValue() - 1) / 3;
        }

        Point point(Instant at, long position, List<String> eventIds) {
            int seen = attended + represented + absent;
            Dialogue dialogue = new Dialogue(convened, invited, attended, represented, absent,
                    seen == 0 ? null : (double) (attended + represented) / seen);
            int open = count(Kind.PLEDGED);
            int overdue = count(Kind.OVERDUE);
            int fulfilled = count(Kind.FULFILLED_ON_TIME) + count(Kind.FULFILLED_LATE);
            int abandoned = count(Kind.ABANDONED);
            int settled = fulfilled + overdue + abandoned;
            int spanned = firstQuarter == null ? 0 : quarter(at) - firstQuarter + 1;
            Commitment commitment = new Commitment(signed,
                    (int) agreementsInForce.values().stream().filter(Boolean::booleanValue).count(),
                    pledged, open, fulfilled, fulfilledOnTime, overdue, abandoned,
                    settled == 0 ? null : (double) fulfilled / settled,
                    activeQuarters.size(), Math.max(spanned, activeQuarters.size()),
                    spanned <= 0 ? null : Math.min(1.0, (double) activeQuarters.size() / spanned));
            Understanding understanding = new Understanding(endorsements, dissents,
                    current(endorsed), current(dissented));
            return new Point(at, position, List.copyOf(eventIds), dialogue, Trust.of(r, s), commitment,
                    understanding);
        }

        private int current(Map<String, String> stances) {
            return (int) stances.entrySet().stream()
                    .filter(stance -> stance.getValue().equals(goalVersion.get(stance.getKey())))
                    .count();
        }

        private int count(Kind state) {
            return (int) commitments.values().stream().filter(state::equals).count();
        }
    }

    private static String later(String a, String b) {
        return Integer.parseInt(a) >= Integer.parseInt(b) ? a : b;
    }
}
