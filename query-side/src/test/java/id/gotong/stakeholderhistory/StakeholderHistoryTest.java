package id.gotong.stakeholderhistory;

import id.gotong.dossier.Evidence;
import id.gotong.dossier.Evidence.Kind;
import id.gotong.stakeholderhistory.StakeholderHistory.Point;
import id.gotong.stakeholderhistory.StakeholderHistory.Trust;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** A stakeholder's indicators from its evidence, against values computed by hand. */
class StakeholderHistoryTest {

    static final String ANI = "s-uns";
    static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");
    static final Instant T0 = Instant.parse("2024-01-10T03:00:00Z");
    static final double EXACT = 1e-12;

    long position;

    // --- trust

    @Test
    void threePositiveFactsAtOneInstant() {
        Trust trust = last(of(
                fact(Kind.ATTENDED, T0, "m1"),
                fact(Kind.FULFILLED_ON_TIME, T0, "k1"),
                fact(Kind.OUTCOME_CONFIRMED, T0, "o1"))).trust();

        assertThat(trust.positive()).isEqualTo(3.0);
        assertThat(trust.negative()).isZero();
        assertThat(trust.expected()).isCloseTo(0.8, within(EXACT));
        assertThat(trust.evidence()).isCloseTo(3.0, within(EXACT));
        assertThat(trust.uncertainty()).isCloseTo(0.4, within(EXACT));
    }

    @Test
    void noEvidenceYetMeansExpectationOneHalfAndFullUncertainty() {
        Trust trust = last(of(fact(Kind.INVITED, T0, "m1"))).trust();

        assertThat(trust.expected()).isEqualTo(0.5);
        assertThat(trust.evidence()).isZero();
        assertThat(trust.uncertainty()).isEqualTo(1.0);
    }

    @Test
    void aPositiveFactWeighsHalfAYearLater() {
        List<Point> points = of(
                fact(Kind.ATTENDED, T0, "m1"),
                fact(Kind.OVERDUE, T0.plus(Duration.ofDays(365)), "k1"));

        Trust trust = last(points).trust();
        assertThat(trust.positive()).isCloseTo(0.5, within(EXACT));
        assertThat(trust.negative()).isCloseTo(1.0, within(EXACT));
        assertThat(trust.expected()).isCloseTo(1.5 / 3.5, within(EXACT));
        assertThat(trust.evidence()).isCloseTo(1.5, within(EXACT));
        assertThat(trust.uncertainty()).isCloseTo(2 / 3.5, within(EXACT));
    }

    @Test
    void aLateFulfilmentWeighsHalfAndTheOverdueBeforeItStillCounts() {
        Trust trust = last(of(
                fact(Kind.PLEDGED, T0, "k1"),
                fact(Kind.OVERDUE, T0, "k1"),
                fact(Kind.FULFILLED_LATE, T0, "k1"))).trust();

        assertThat(trust.positive()).isEqualTo(0.5);
        assertThat(trust.negative()).isEqualTo(1.0);
        assertThat(trust.expected()).isCloseTo(1.5 / 3.5, within(EXACT));
    }

    @Test
    void aReasonedRefusalWeighsHalfOfSilence() {
        Trust declined = last(of(fact(Kind.DECLINED, T0, "r1"))).trust();
        Trust lapsed = last(of(fact(Kind.LAPSED, T0, "r2"))).trust();

        assertThat(declined.negative()).isEqualTo(0.5);
        assertThat(declined.expected()).isCloseTo(1 / 2.5, within(EXACT));
        assertThat(lapsed.negative()).isEqualTo(1.0);
        assertThat(lapsed.expected()).isCloseTo(1 / 3.0, within(EXACT));
    }

    @Test
    void weightsOfEveryKind() {
        assertThat(StakeholderHistory.POSITIVE).containsOnlyKeys(Kind.ATTENDED, Kind.REPRESENTED,
                Kind.FULFILLED_ON_TIME, Kind.FULFILLED_LATE, Kind.ANSWERED_ON_TIME, Kind.ANSWERED_LATE,
                Kind.OUTCOME_CONFIRMED);
        assertThat(StakeholderHistory.NEGATIVE).containsOnlyKeys(Kind.OVERDUE, Kind.ABANDONED, Kind.LAPSED,
                Kind.DECLINED, Kind.OUTCOME_DISPUTED, Kind.RECORD_CORRECTED);
        Trust trust = last(of(
                fact(Kind.REPRESENTED, T0, "m1"),
                fact(Kind.ANSWERED_LATE, T0, "r1"),
                fact(Kind.ANSWERED_ON_TIME, T0, "r2"),
                fact(Kind.ABANDONED, T0, "k1"),
                fact(Kind.OUTCOME_DISPUTED, T0, "o1"),
                fact(Kind.RECORD_CORRECTED, T0, "evt-9"),
                fact(Kind.ABSENT, T0, "m2"),
                fact(Kind.ACTED, T0, null))).trust();

        assertThat(trust.positive()).isEqualTo(2.5);
        assertThat(trust.negative()).isEqualTo(3.0);
    }

    @Test
    void trustSeenLaterDecaysByTheTimePassed() {
        Trust trust = Trust.of(2, 2);

        Trust yearLater = trust.decayedBy(Duration.ofDays(365));
        assertThat(yearLater.positive()).isCloseTo(1.0, within(EXACT));
        assertThat(yearLater.negative()).isCloseTo(1.0, within(EXACT));
        assertThat(yearLater.expected()).isCloseTo(0.5, within(EXACT));
        assertThat(yearLater.evidence()).isCloseTo(2.0, within(EXACT));
        assertThat(yearLater.uncertainty()).isCloseTo(0.5, within(EXACT));

        Trust twoYearsLater = Trust.of(4, 0).decayedBy(Duration.ofDays(730));
        assertThat(twoYearsLater.positive()).isCloseTo(1.0, within(EXACT));
        assertThat(twoYearsLater.expected()).isCloseTo(2 / 3.0, within(EXACT));

        assertThat(trust.decayedBy(Duration.ZERO)).isEqualTo(trust);
        assertThat(trust.decayedBy(Duration.ofDays(-3))).isEqualTo(trust);
    }

    // --- points

    @Test
    void onePointPerEventInTheOrderTheActsHappenedWhateverOrderTheEvidenceCameIn() {
        Instant later = T0.plus(Duration.ofDays(2));
        List<Evidence> evidence = List.of(
                fact(Kind.CONVENED, later, 10, "evt-10", "m1", true),
                fact(Kind.INVITED, later, 10, "evt-10", "m1", true),
                // recorded after evt-10 but happened before it
                fact(Kind.ATTENDED, T0, 12, "evt-12", "m0", false),
                fact(Kind.PLEDGED, later, 11, "evt-11", "k1", true),
                fact(Kind.FULFILLED_ON_TIME, later.plusSeconds(60), 3, "evt-3", "k0", true));
        List<Evidence> shuffled = new ArrayList<>(evidence);
        Collections.shuffle(shuffled, new Random(7));

        List<Point> points = StakeholderHistory.of(shuffled, JAKARTA);

        assertThat(points).extracting(Point::eventIds).containsExactly(List.of("evt-12"), List.of("evt-10"),
                List.of("evt-11"), List.of("evt-3"));
        assertThat(points).extracting(Point::position).containsExactly(12L, 10L, 11L, 3L);
        assertThat(points.get(1).dialogue().convened()).isEqualTo(1);
        assertThat(points.get(1).dialogue().invited()).isEqualTo(1);
        assertThat(points).isEqualTo(StakeholderHistory.of(evidence, JAKARTA));
    }

    // --- dialogue

    @Test
    void attendanceRateCountsRepresentationAsTakingPart() {
        List<Point> points = of(
                fact(Kind.INVITED, T0, "m1"),
                fact(Kind.ATTENDED, T0, "m1"),
                fact(Kind.REPRESENTED, T0, "m2"),
                fact(Kind.ABSENT, T0, "m3"),
                fact(Kind.ABSENT, T0, "m4"));

        assertThat(points.get(0).dialogue().attendanceRate()).isNull();
        StakeholderHistory.Dialogue dialogue = last(points).dialogue();
        assertThat(dialogue.attended()).isEqualTo(1);
        assertThat(dialogue.represented()).isEqualTo(1);
        assertThat(dialogue.absent()).isEqualTo(2);
        assertThat(dialogue.attendanceRate()).isEqualTo(0.5);
    }

    // --- commitment

    @Test
    void fulfilmentRateIsUnknownUntilSomethingIsSettled() {
        StakeholderHistory.Commitment commitment = last(of(
                fact(Kind.PLEDGED, T0, "k1"),
                fact(Kind.PLEDGED, T0, "k2"))).commitment();

        assertThat(commitment.pledged()).isEqualTo(2);
        assertThat(commitment.open()).isEqualTo(2);
        assertThat(commitment.fulfilmentRate()).isNull();
    }

    @Test
    void fulfilmentRateIsFulfilledOverFulfilledOverdueAndAbandoned() {
        StakeholderHistory.Commitment commitment = last(of(
                fact(Kind.PLEDGED, T0, "k1"),
                fact(Kind.PLEDGED, T0, "k2"),
                fact(Kind.PLEDGED, T0, "k3"),
                fact(Kind.PLEDGED, T0, "k4"),
                fact(Kind.FULFILLED_ON_TIME, T0, "k1"),
                fact(Kind.OVERDUE, T0, "k2"),
                fact(Kind.ABANDONED, T0, "k3"))).commitment();

        assertThat(commitment.open()).isEqualTo(1);
        assertThat(commitment.fulfilled()).isEqualTo(1);
        assertThat(commitment.fulfilledOnTime()).isEqualTo(1);
        assertThat(commitment.overdue()).isEqualTo(1);
        assertThat(commitment.abandoned()).isEqualTo(1);
        assertThat(commitment.fulfilmentRate()).isCloseTo(1 / 3.0, within(EXACT));
    }

    @Test
    void aCommitmentFulfilledAfterItWasOverdueCountsAsFulfilledLate() {
        List<Point> points = of(
                fact(Kind.PLEDGED, T0, "k1"),
                fact(Kind.OVERDUE, T0.plus(Duration.ofDays(10)), "k1"),
                fact(Kind.FULFILLED_LATE, T0.plus(Duration.ofDays(12)), "k1"));

        assertThat(points.get(1).commitment().overdue()).isEqualTo(1);
        assertThat(points.get(1).commitment().fulfilmentRate()).isEqualTo(0.0);
        StakeholderHistory.Commitment commitment = last(points).commitment();
        assertThat(commitment.overdue()).isZero();
        assertThat(commitment.fulfilled()).isEqualTo(1);
        assertThat(commitment.fulfilledOnTime()).isZero();
        assertThat(commitment.fulfilmentRate()).isEqualTo(1.0);
    }

    @Test
    void agreementsInForceCountUntilSuspendedOrEnded() {
        List<Point> points = of(
                fact(Kind.SIGNED, T0, "a1"),
                fact(Kind.AGREEMENT_IN_FORCE, T0, "a1"),
                fact(Kind.AGREEMENT_IN_FORCE, T0, "a2"),
                fact(Kind.AGREEMENT_SUSPENDED, T0, "a1"),
                fact(Kind.AGREEMENT_ENDED, T0, "a2"));

        assertThat(points).extracting(p -> p.commitment().agreementsInForce()).containsExactly(0, 1, 2, 1, 0);
        assertThat(last(points).commitment().agreementsSigned()).isEqualTo(1);
    }

    @Test
    void continuityCountsQuartersInTheZoneOfTheReader() {
        // 2024-03-31T18:00Z is 01:00 on 1 April in Jakarta (UTC+7): the second quarter there, the first in UTC.
        List<Evidence> evidence = List.of(
                fact(Kind.ACTED, Instant.parse("2024-01-10T03:00:00Z"), 1, "evt-1", null, true),
                fact(Kind.ACTED, Instant.parse("2024-03-31T18:00:00Z"), 2, "evt-2", null, true),
                fact(Kind.INVITED, Instant.parse("2024-05-02T03:00:00Z"), 3, "evt-3", "m1", false));

        StakeholderHistory.Commitment jakarta = last(StakeholderHistory.of(evidence, JAKARTA)).commitment();
        assertThat(jakarta.activeQuarters()).isEqualTo(2);
        assertThat(jakarta.quartersSpanned()).isEqualTo(2);
        assertThat(jakarta.continuity()).isEqualTo(1.0);

        StakeholderHistory.Commitment utc = last(StakeholderHistory.of(evidence, ZoneOffset.UTC)).commitment();
        assertThat(utc.activeQuarters()).isEqualTo(1);
        assertThat(utc.quartersSpanned()).isEqualTo(2);
        assertThat(utc.continuity()).isEqualTo(0.5);
    }

    @Test
    void continuityCountsOnlyTheStakeholdersOwnActs() {
        List<Evidence> evidence = List.of(
                fact(Kind.INVITED, Instant.parse("2024-01-10T03:00:00Z"), 1, "evt-1", "m1", false),
                fact(Kind.OVERDUE, Instant.parse("2024-04-10T03:00:00Z"), 2, "evt-2", "k1", false));

        StakeholderHistory.Commitment commitment = last(StakeholderHistory.of(evidence, JAKARTA)).commitment();

        assertThat(commitment.activeQuarters()).isZero();
        assertThat(commitment.quartersSpanned()).isZero();
        assertThat(commitment.continuity()).isNull();
    }

    @Test
    void continuityOverAYearWithOneQuarterSilent() {
        List<Point> points = of(
                fact(Kind.ACTED, Instant.parse("2024-01-10T03:00:00Z"), "x"),
                fact(Kind.ACTED, Instant.parse("2024-04-10T03:00:00Z"), "x"),
                fact(Kind.ACTED, Instant.parse("2024-10-10T03:00:00Z"), "x"),
                fact(Kind.ACTED, Instant.parse("2024-12-10T03:00:00Z"), "x"));

        StakeholderHistory.Commitment commitment = last(points).commitment();
        assertThat(commitment.activeQuarters()).isEqualTo(3);
        assertThat(commitment.quartersSpanned()).isEqualTo(4);
        assertThat(commitment.continuity()).isEqualTo(0.75);
    }

    // --- shared understanding

    @Test
    void anEndorsementStopsBeingCurrentWhenTheGoalIsRevisedAndTheNewVersionCanBeEndorsed() {
        List<Point> points = of(
                fact(Kind.ENDORSED, T0, "g1", "1"),
                fact(Kind.GOAL_REVISED, T0.plusSeconds(60), "g1", "2"),
                fact(Kind.ENDORSED, T0.plusSeconds(120), "g1", "2"));

        assertThat(points).extracting(p -> p.understanding().currentEndorsements()).containsExactly(1, 0, 1);
        assertThat(points).extracting(p -> p.understanding().endorsements()).containsExactly(1, 1, 2);
    }

    @Test
    void aDissentStopsBeingCurrentWhenTheGoalIsRevised() {
        List<Point> points = of(
                fact(Kind.DISSENTED, T0, "g1", "1"),
                fact(Kind.ENDORSED, T0, "g2", "1"),
                fact(Kind.GOAL_REVISED, T0.plusSeconds(60), "g1", "2"));

        StakeholderHistory.Understanding before = points.get(1).understanding();
        assertThat(before.currentDissents()).isEqualTo(1);
        assertThat(before.currentEndorsements()).isEqualTo(1);
        StakeholderHistory.Understanding after = last(points).understanding();
        assertThat(after.dissents()).isEqualTo(1);
        assertThat(after.currentDissents()).isZero();
        assertThat(after.currentEndorsements()).isEqualTo(1);
    }

    @Test
    void anEndorsementAfterADissentOfTheSameVersionReplacesIt() {
        Point point = last(of(
                fact(Kind.DISSENTED, T0, "g1", "1"),
                fact(Kind.ENDORSED, T0, "g1", "1")));

        assertThat(point.understanding().dissents()).isEqualTo(1);
        assertThat(point.understanding().currentDissents()).isZero();
        assertThat(point.understanding().currentEndorsements()).isEqualTo(1);
    }

    // --- helpers

    List<Point> of(Evidence... evidence) {
        return StakeholderHistory.of(List.of(evidence), JAKARTA);
    }

    static Point last(List<Point> points) {
        return points.get(points.size() - 1);
    }

    /** A fact from an event of its own, the next position, the stakeholder's own act unless told. */
    Evidence fact(Kind kind, Instant at, String subjectId) {
        return fact(kind, at, subjectId, null);
    }

    Evidence fact(Kind kind, Instant at, String subjectId, String detail) {
        long next = ++position;
        return new Evidence(ANI, "c-solo", next, "evt-" + next, at, kind, subjectId, detail, true);
    }

    static Evidence fact(Kind kind, Instant at, long position, String eventId, String subjectId, boolean ownAct) {
        return new Evidence(ANI, "c-solo", position, eventId, at, kind, subjectId, null, ownAct);
    }
}
