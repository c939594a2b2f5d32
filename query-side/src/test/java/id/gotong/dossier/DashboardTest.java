package id.gotong.dossier;

import id.gotong.dossier.Dashboard.Cadence;
import id.gotong.dossier.Dashboard.Health;
import id.gotong.dossier.Dashboard.OutcomePoint;
import id.gotong.dossier.Dashboard.OutcomeStatus;
import id.gotong.dossier.Dashboard.SectorParticipation;
import id.gotong.dossier.Dossier.CommitmentState;
import id.gotong.events.AgreementEvent.AgreementCameIntoForce;
import id.gotong.events.AgreementEvent.AgreementSigned;
import id.gotong.events.CollaborationAct;
import id.gotong.events.CollaborationEvent.CollaborationRegistered;
import id.gotong.events.CollaborationEvent.MemberAdmitted;
import id.gotong.events.CollaborationEvent.MemberWithdrew;
import id.gotong.events.CommitmentEvent.CommitmentAbandoned;
import id.gotong.events.CommitmentEvent.CommitmentBecameOverdue;
import id.gotong.events.CommitmentEvent.CommitmentFulfilled;
import id.gotong.events.MeetingCadence;
import id.gotong.events.MeetingEvent.Attendance;
import id.gotong.events.MeetingEvent.AttendanceRecorded;
import id.gotong.events.MeetingEvent.AttendanceStatus;
import id.gotong.events.MeetingEvent.Channel;
import id.gotong.events.MeetingEvent.Formality;
import id.gotong.events.MeetingEvent.MeetingCancelled;
import id.gotong.events.MeetingEvent.MeetingClosed;
import id.gotong.events.MeetingEvent.MeetingConvened;
import id.gotong.events.MeetingEvent.MinutesRecorded;
import id.gotong.events.OutcomeEvent.OutcomeConfirmed;
import id.gotong.events.OutcomeEvent.OutcomeDisputed;
import id.gotong.events.OutcomeEvent.OutcomeReported;
import id.gotong.events.Provenance;
import id.gotong.events.Role;
import id.gotong.events.Sector;
import id.gotong.events.SharedGoalEvent.GoalKind;
import id.gotong.events.SharedGoalEvent.SharedGoalEndorsed;
import id.gotong.events.SharedGoalEvent.SharedGoalProposed;
import id.gotong.events.SmartCityDimension;
import id.gotong.events.TheoryElement;
import id.gotong.events.PersonalData;
import id.gotong.projection.Entry;
import id.gotong.projection.LedgerFixture;
import id.gotong.projection.Stakeholder;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import static id.gotong.dossier.DossierTest.cooperation;
import static id.gotong.dossier.DossierTest.pledge;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** The dashboard as a pure function of a dossier, the stakeholder directory and the acts. */
class DashboardTest {

    static final String C = "c-solo";
    static final String LEAD = "s-diskominfo";
    static final String KOMINFO = "s-kominfo";
    static final String SHOPEE = "s-shopee";
    static final String UNS = "s-uns";
    static final String KOMUNITAS = "s-komunitas";
    static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");
    static final Instant REGISTERED = Instant.parse("2024-01-15T02:00:00Z");

    static final Map<String, Stakeholder> DIRECTORY = Map.of(
            LEAD, stakeholder(LEAD, "Diskominfo Surakarta", Sector.GOVERNMENT),
            KOMINFO, stakeholder(KOMINFO, "Kementerian Kominfo", Sector.GOVERNMENT),
            SHOPEE, stakeholder(SHOPEE, "PT Shopee", Sector.BUSINESS),
            UNS, stakeholder(UNS, "Universitas Sebelas Maret", Sector.ACADEMIA),
            KOMUNITAS, stakeholder(KOMUNITAS, "Komunitas Solo", Sector.COMMUNITY));

    final LedgerFixture ledger = new LedgerFixture(C, REGISTERED);
    final Dossier dossier = new Dossier();

    // --- cadence

    @Test
    void cadenceCountsTheCalendarPeriodsThatSawAMeetingHeld() {
        givenMembers(MeetingCadence.MONTHLY);
        heldMeeting("feb-a", Instant.parse("2024-02-03T02:00:00Z"));
        heldMeeting("feb-b", Instant.parse("2024-02-20T02:00:00Z"));
        heldMeeting("mar", Instant.parse("2024-03-05T02:00:00Z"));
        convened("jan-cancelled", Instant.parse("2024-01-25T02:00:00Z"));
        apply(LEAD, p -> new MeetingCancelled("jan-cancelled", p, "Flood"));
        convened("jan-closed-unheld", Instant.parse("2024-01-29T02:00:00Z"));
        apply(LEAD, p -> new MeetingClosed("jan-closed-unheld", p));
        convened("apr-convened", Instant.parse("2024-04-02T02:00:00Z"));

        Cadence cadence = dashboardAt(Instant.parse("2024-04-10T02:00:00Z")).meetings().cadence();

        assertThat(cadence).isEqualTo(new Cadence(MeetingCadence.MONTHLY, 4, 2, 0.5));
    }

    @Test
    void aMeetingWithMinutesButNoAttendanceStillCountsAsHeldOnceClosed() {
        givenMembers(MeetingCadence.MONTHLY);
        convened("feb", Instant.parse("2024-02-03T02:00:00Z"));
        apply(LEAD, p -> new MinutesRecorded("feb", p, "Data sharing", null, List.of("Open the portal")));
        Instant readAt = Instant.parse("2024-02-10T02:00:00Z");
        Dashboard.Meetings open = dashboardAt(readAt).meetings();

        apply(LEAD, p -> new MeetingClosed("feb", p));
        Dashboard.Meetings closed = dashboardAt(readAt).meetings();

        assertThat(open.held()).isEqualTo(1);
        assertThat(closed.held()).isEqualTo(1);
        assertThat(closed.cadence().periodsWithMeeting()).isEqualTo(1);
    }

    @Test
    void cadencePeriodsFollowTheCalendarOfTheZone() {
        // 2024-02-29T18:00Z is 1 March in Jakarta.
        givenMembers(MeetingCadence.MONTHLY);
        heldMeeting("mar", Instant.parse("2024-02-29T18:00:00Z"));
        Instant readAt = Instant.parse("2024-03-10T02:00:00Z");

        assertThat(Dashboard.cadence(dossier, readAt, JAKARTA)).isEqualTo(new Cadence(MeetingCadence.MONTHLY, 3, 1,
                1 / 3.0));
        assertThat(Dashboard.period(MeetingCadence.MONTHLY, Instant.parse("2024-02-29T18:00:00Z"), JAKARTA))
                .isEqualTo(2024 * 12L + 2);
        assertThat(Dashboard.period(MeetingCadence.MONTHLY, Instant.parse("2024-02-29T18:00:00Z"),
                ZoneId.of("UTC"))).isEqualTo(2024 * 12L + 1);
    }

    @Test
    void quarterlyCadence() {
        givenMembers(MeetingCadence.QUARTERLY);
        heldMeeting("q2", Instant.parse("2024-05-03T02:00:00Z"));

        Cadence cadence = dashboardAt(Instant.parse("2024-11-10T02:00:00Z")).meetings().cadence();

        assertThat(cadence).isEqualTo(new Cadence(MeetingCadence.QUARTERLY, 4, 1, 0.25));
    }

    @Test
    void anAdHocForumHasNoCadenceToComply() {
        givenMembers(MeetingCadence.AD_HOC);
        heldMeeting("feb", Instant.parse("2024-02-03T02:00:00Z"));

        Cadence cadence = dashboardAt(Instant.parse("2024-04-10T02:00:00Z")).meetings().cadence();

        assertThat(cadence).isEqualTo(new Cadence(MeetingCadence.AD_HOC, null, null, null));
    }

    @Test
    void meetingCountsAndAttendanceRate() {
        givenMembers(MeetingCadence.MONTHLY);
        heldMeeting("feb", Instant.parse("2024-02-03T02:00:00Z"));
        convened("mar", Instant.parse("2024-03-03T02:00:00Z"));
        apply(LEAD, p -> new AttendanceRecorded("mar", p, List.of(
                new Attendance(SHOPEE, AttendanceStatus.REPRESENTED, PersonalData.of("ds-deputy", "Deputy")),
                new Attendance(UNS, AttendanceStatus.ABSENT, null),
                new Attendance(KOMUNITAS, AttendanceStatus.ABSENT, null))));
        convened("apr", Instant.parse("2024-04-03T02:00:00Z"));
        apply(LEAD, p -> new MeetingCancelled("apr", p, "Holiday"));

        Dashboard.Meetings meetings = dashboardAt(Instant.parse("2024-04-10T02:00:00Z")).meetings();

        assertThat(meetings.convened()).isEqualTo(3);
        assertThat(meetings.held()).isEqualTo(2);
        assertThat(meetings.cancelled()).isEqualTo(1);
        // feb: one present; mar: one represented, two absent
        assertThat(meetings.attendanceRate()).isEqualTo(0.5);
        assertThat(meetings.list()).extracting(Dashboard.MeetingView::meetingId).containsExactly("feb", "mar", "apr");
    }

    // --- members

    @Test
    void membersBySectorWithFormerMembersListedApart() {
        givenMembers(MeetingCadence.MONTHLY);
        ledger.at(Instant.parse("2024-03-01T02:00:00Z"));
        apply(KOMUNITAS, p -> new MemberWithdrew(C, p, KOMUNITAS, Role.MEMBER, "Moved away"));

        Dashboard.Members members = dashboardAt(Instant.parse("2024-04-10T02:00:00Z")).members();

        assertThat(members.total()).isEqualTo(4);
        assertThat(members.bySector()).containsOnlyKeys(Sector.GOVERNMENT, Sector.BUSINESS, Sector.ACADEMIA);
        assertThat(members.bySector().get(Sector.GOVERNMENT)).extracting(Dashboard.MemberView::stakeholderId)
                .containsExactly(LEAD, KOMINFO);
        assertThat(members.bySector().get(Sector.GOVERNMENT).get(0).name()).isEqualTo("Diskominfo Surakarta");
        assertThat(members.byRole()).containsExactly(Map.entry(Role.PERSON_IN_CHARGE, 1), Map.entry(Role.SECRETARY, 1),
                Map.entry(Role.MEMBER, 2));
        assertThat(members.former()).singleElement().satisfies(former -> {
            assertThat(former.stakeholderId()).isEqualTo(KOMUNITAS);
            assertThat(former.sector()).isEqualTo(Sector.COMMUNITY);
            assertThat(former.leftAt()).isEqualTo(Instant.parse("2024-03-01T02:00:00Z"));
        });
    }

    // --- shared understanding

    @Test
    void consensusIsTheShareOfCurrentMembersEndorsingTheCurrentVersion() {
        givenMembers(MeetingCadence.MONTHLY);
        apply(LEAD, p -> new SharedGoalProposed("g1", p, GoalKind.GOAL, "Open data by 2025", 1));
        apply(LEAD, p -> new SharedGoalProposed("g2", p, GoalKind.PROBLEM_DEFINITION, "Data silos", 1));
        apply(LEAD, p -> new SharedGoalEndorsed("g1", p, 1));
        apply(UNS, p -> new SharedGoalEndorsed("g1", p, 1));
        apply(KOMUNITAS, p -> new SharedGoalEndorsed("g1", p, 1));
        apply(KOMUNITAS, p -> new MemberWithdrew(C, p, KOMUNITAS, Role.MEMBER, "Moved away"));

        Dashboard.SharedUnderstanding understanding = dashboardAt(Instant.parse("2024-04-10T02:00:00Z"))
                .sharedUnderstanding();

        Dashboard.GoalView g1 = understanding.goals().get(0);
        assertThat(g1.goalId()).isEqualTo("g1");
        assertThat(g1.members()).isEqualTo(4);
        assertThat(g1.endorsedBy()).containsExactly(LEAD, KOMUNITAS, UNS);
        assertThat(g1.consensus()).isEqualTo(0.5);
        assertThat(understanding.goals().get(1).consensus()).isEqualTo(0.0);
        assertThat(understanding.consensus()).isEqualTo(0.25);
        assertThat(understanding.endorsements()).isEqualTo(3);
    }

    // --- agreements and commitments

    @Test
    void anAgreementListsWhoSignedAndWhoIsAwaitedUntilItIsInForce() {
        givenMembers(MeetingCadence.MONTHLY);
        apply(LEAD, p -> cooperation(p, "a1", LEAD, SHOPEE, UNS));
        apply(SHOPEE, p -> new AgreementSigned("a1", p, 1));

        Dashboard.AgreementView awaiting = dashboardAt(ledger.now()).agreements().get(0);
        assertThat(awaiting.signedBy()).containsExactly(SHOPEE);
        assertThat(awaiting.awaiting()).containsExactly(LEAD, UNS);

        apply(LEAD, p -> new AgreementSigned("a1", p, 1));
        apply(UNS, p -> new AgreementSigned("a1", p, 1));
        apply(UNS, p -> new AgreementCameIntoForce("a1", p, 1));

        Dashboard.AgreementView inForce = dashboardAt(ledger.now()).agreements().get(0);
        assertThat(inForce.state()).isEqualTo(Dossier.AgreementState.IN_FORCE);
        assertThat(inForce.signedBy()).containsExactly(LEAD, SHOPEE, UNS);
        assertThat(inForce.awaiting()).isEmpty();
    }

    @Test
    void commitmentsByStateWithFulfilmentAndOnTimeRates() {
        givenMembers(MeetingCadence.MONTHLY);
        LocalDate due = LocalDate.parse("2024-02-01");
        for (String id : List.of("k1", "k2", "k3", "k4", "k5")) {
            apply(UNS, p -> pledge(p, id, due));
        }
        apply(UNS, p -> new CommitmentFulfilled("k1", p, "Report", true));
        apply("system", p -> new CommitmentBecameOverdue("k2", p, due));
        apply(UNS, p -> new CommitmentFulfilled("k2", p, "Report", false));
        apply("system", p -> new CommitmentBecameOverdue("k3", p, due));
        apply(UNS, p -> new CommitmentAbandoned("k4", p, "No budget"));

        Dashboard.Commitments commitments = dashboardAt(Instant.parse("2024-04-10T02:00:00Z")).commitments();

        assertThat(commitments.byState()).containsExactly(Map.entry(CommitmentState.OPEN, 1),
                Map.entry(CommitmentState.OVERDUE, 1), Map.entry(CommitmentState.FULFILLED, 2),
                Map.entry(CommitmentState.ABANDONED, 1));
        assertThat(commitments.fulfilmentRate()).isEqualTo(0.5);
        assertThat(commitments.onTimeRate()).isEqualTo(0.25);
    }

    // --- outcomes

    @Test
    void outcomeGapAndProgressAreExactDecimals() {
        givenMembers(MeetingCadence.MONTHLY);
        report("o-2023", "SPBE index", "2023", "2.98", "2.50", "3.50");
        report("o-2022", "SPBE index", "2022", "2.60", "2.50", "3.50");
        report("o-visits", "Tourist visits", "2023", "4029686", "3000000", "5000000");
        report("o-below", "Broadband", "2023", "8", "10", "20");
        report("o-untargeted", "Apps", "2023", "12", null, null);
        report("o-flat", "Portals", "2023", "3", "3", "3");

        List<Dashboard.OutcomeSeries> series = dashboardAt(ledger.now()).outcomes();

        assertThat(series).extracting(Dashboard.OutcomeSeries::indicator)
                .containsExactly("Apps", "Broadband", "Portals", "SPBE index", "Tourist visits");
        Dashboard.OutcomeSeries spbe = series.get(3);
        assertThat(spbe.points()).extracting(OutcomePoint::period).containsExactly("2022", "2023");
        assertThat(spbe.points().get(1).gapToTarget()).isEqualTo("0.52");
        assertThat(spbe.points().get(1).progress()).isEqualTo("0.4800");
        assertThat(spbe.points().get(0).gapToTarget()).isEqualTo("0.90");
        assertThat(spbe.points().get(0).progress()).isEqualTo("0.1000");
        assertThat(series.get(4).points().get(0).gapToTarget()).isEqualTo("970314");
        assertThat(series.get(4).points().get(0).progress()).isEqualTo("0.5148");
        assertThat(series.get(1).points().get(0).gapToTarget()).isEqualTo("12");
        assertThat(series.get(1).points().get(0).progress()).isEqualTo("-0.2000");
        assertThat(series.get(0).points().get(0).gapToTarget()).isNull();
        assertThat(series.get(0).points().get(0).progress()).isNull();
        assertThat(series.get(2).points().get(0).gapToTarget()).isEqualTo("0");
        assertThat(series.get(2).points().get(0).progress()).isNull();
    }

    @Test
    void aPointMeetsTheMinimumAtOrAboveItAndTheSeriesShowsTheLatestMinimum() {
        givenMembers(MeetingCadence.MONTHLY);
        report("o-2022", "SPBE index", "2022", "1.89", "1.69", "3.39", "2.6");
        report("o-2023", "SPBE index", "2023", "2.60", "1.69", "3.39", "2.6");
        report("o-2024", "SPBE index", "2024", "2.98", "1.69", "3.39", "2.60");
        report("o-apps", "Apps", "2024", "12", null, null);

        List<Dashboard.OutcomeSeries> series = dashboardAt(ledger.now()).outcomes();

        Dashboard.OutcomeSeries spbe = series.get(1);
        assertThat(spbe.minimum()).isEqualTo("2.60");
        assertThat(spbe.points()).extracting(OutcomePoint::meetsMinimum).containsExactly(false, true, true);
        assertThat(series.get(0).minimum()).isNull();
        assertThat(series.get(0).points().get(0).meetsMinimum()).isNull();
    }

    @Test
    void progressIsRoundedOnceToFourPlaces() {
        // exactly 0.12345 would round half-even to 0.1234; anything above it must round up
        assertThat(Dashboard.progress("0.12345", "0", "1")).isEqualTo("0.1234");
        assertThat(Dashboard.progress("0.1234500000000000001", "0", "1")).isEqualTo("0.1235");
        assertThat(Dashboard.progress("1", "0", "3")).isEqualTo("0.3333");
        assertThat(Dashboard.progress("2", "0", "3")).isEqualTo("0.6667");
    }

    @Test
    void outcomeStatusFollowsTheVerdicts() {
        givenMembers(MeetingCadence.MONTHLY);
        report("o-reported", "A", "2023", "1", null, null);
        report("o-confirmed", "B", "2023", "1", null, null);
        apply(UNS, p -> new OutcomeConfirmed("o-confirmed", p));
        report("o-disputed", "C", "2023", "1", null, null);
        apply(UNS, p -> new OutcomeDisputed("o-disputed", p, "Wrong source"));
        report("o-contested", "D", "2023", "1", null, null);
        apply(UNS, p -> new OutcomeConfirmed("o-contested", p));
        apply(SHOPEE, p -> new OutcomeDisputed("o-contested", p, "Wrong source"));

        List<Dashboard.OutcomeSeries> series = dashboardAt(ledger.now()).outcomes();

        assertThat(series).extracting(s -> s.points().get(0).status()).containsExactly(OutcomeStatus.REPORTED,
                OutcomeStatus.CONFIRMED, OutcomeStatus.DISPUTED, OutcomeStatus.CONTESTED);
        assertThat(series.get(3).points().get(0).confirmedBy()).containsExactly(UNS);
        assertThat(series.get(3).points().get(0).disputedBy()).containsExactly(SHOPEE);
    }

    // --- health

    @Test
    void theHealthWindowIncludesBothEndsAndNothingANanosecondOutside() {
        givenMembers(MeetingCadence.MONTHLY);
        Instant from = Instant.parse("2024-03-01T00:00:00Z");
        Instant to = Instant.parse("2024-03-31T00:00:00Z");
        apply(UNS, p -> pledge(p, "k1", LocalDate.parse("2024-12-31")));
        ledger.at(to.plusSeconds(3600));
        apply(UNS, from.minusNanos(1), p -> new CommitmentFulfilled("k1", p, "Report", true));
        apply(LEAD, from, p -> new MeetingConvened("m1", p, "Forum", List.of(), to.plus(Duration.ofDays(3)),
                Formality.FORMAL, Channel.IN_PERSON, Set.of()));
        apply(LEAD, to, p -> new OutcomeReported("o1", p, "SPBE index", "2023", "2.98", "points", null, null, null, null));
        apply(LEAD, to.plusNanos(1), p -> new SharedGoalProposed("g1", p, GoalKind.GOAL, "Open data", 1));

        Health health = Dashboard.of(dossier, DIRECTORY::get, ledger.acts(), ledger.now(), from, to, JAKARTA).health();

        assertThat(health.stages()).extracting(Dashboard.Stage::stage, Dashboard.Stage::acts).containsExactly(
                tuple(TheoryElement.AG_FACE_TO_FACE_DIALOGUE, 1),
                tuple(TheoryElement.AG_TRUST_BUILDING, 0),
                tuple(TheoryElement.AG_COMMITMENT_TO_PROCESS, 0),
                tuple(TheoryElement.AG_SHARED_UNDERSTANDING, 0),
                tuple(TheoryElement.AG_INTERMEDIATE_OUTCOMES, 1));
        assertThat(health.stagesWithEvidence()).isEqualTo(2);
        assertThat(element(health, TheoryElement.EN_PRINCIPLED_ENGAGEMENT_DISCOVERY).acts()).isEqualTo(1);
        assertThat(element(health, TheoryElement.EN_PRINCIPLED_ENGAGEMENT_DISCOVERY).component())
                .isEqualTo("PRINCIPLED_ENGAGEMENT");
        assertThat(element(health, TheoryElement.EN_SHARED_MOTIVATION_TRUST).acts()).isZero();
        assertThat(element(health, TheoryElement.EN_PRINCIPLED_ENGAGEMENT_DEFINITION).acts()).isZero();
        assertThat(health.emersonNabatchi()).hasSize((int) Arrays.stream(TheoryElement.values())
                .filter(e -> e.theory() == TheoryElement.Theory.EMERSON_NABATCHI).count());
    }

    @Test
    void participationBySectorCountsMembersThatActedOrTookPartInAMeetingOfTheWindow() {
        givenMembers(MeetingCadence.MONTHLY);
        Instant from = Instant.parse("2024-03-01T00:00:00Z");
        Instant to = Instant.parse("2024-03-31T00:00:00Z");
        convened("m1", Instant.parse("2024-03-10T02:00:00Z"));
        ledger.at(Instant.parse("2024-03-11T02:00:00Z"));
        apply(KOMINFO, p -> new AttendanceRecorded("m1", p, List.of(
                new Attendance(SHOPEE, AttendanceStatus.PRESENT, null),
                new Attendance(UNS, AttendanceStatus.ABSENT, null),
                new Attendance(LEAD, AttendanceStatus.ABSENT, null))));
        apply(KOMUNITAS, p -> new MemberWithdrew(C, p, KOMUNITAS, Role.MEMBER, "Moved away"));

        List<SectorParticipation> participation = Dashboard.of(dossier, DIRECTORY::get, ledger.acts(),
                ledger.now(), from, to, JAKARTA).health().participation();

        assertThat(participation).containsExactly(
                new SectorParticipation(Sector.GOVERNMENT, 2, 1, 0.5, List.of(KOMINFO)),
                new SectorParticipation(Sector.BUSINESS, 1, 1, 1.0, List.of(SHOPEE)),
                new SectorParticipation(Sector.ACADEMIA, 1, 0, 0.0, List.of()));
    }

    @Test
    void theDefaultHealthWindowStartsAtRegistration() {
        givenMembers(MeetingCadence.MONTHLY);

        assertThat(Dashboard.defaultFrom(dossier, Instant.parse("2024-04-10T02:00:00Z"))).isEqualTo(REGISTERED);
        assertThat(Dashboard.defaultFrom(dossier, Instant.parse("2024-01-01T00:00:00Z")))
                .isEqualTo(Instant.parse("2024-01-01T00:00:00Z"));
        assertThat(Dashboard.defaultFrom(new Dossier(), REGISTERED)).isEqualTo(REGISTERED);
    }

    // --- givens and helpers

    /** Lead (government, person in charge), Kominfo (government, secretary), Shopee, UNS, Komunitas (members). */
    void givenMembers(MeetingCadence cadence) {
        apply(LEAD, p -> new CollaborationRegistered(C, p, "Solo Smart City", "Kota Surakarta",
                Set.of(SmartCityDimension.BRANDING), List.of(), LEAD, cadence));
        apply(LEAD, p -> new MemberAdmitted(C, p, LEAD, Role.PERSON_IN_CHARGE));
        apply(LEAD, p -> new MemberAdmitted(C, p, KOMINFO, Role.SECRETARY));
        apply(LEAD, p -> new MemberAdmitted(C, p, SHOPEE, Role.MEMBER));
        apply(LEAD, p -> new MemberAdmitted(C, p, UNS, Role.MEMBER));
        apply(LEAD, p -> new MemberAdmitted(C, p, KOMUNITAS, Role.MEMBER));
    }

    void convened(String meetingId, Instant scheduledAt) {
        apply(LEAD, p -> new MeetingConvened(meetingId, p, "Forum " + meetingId, List.of(), scheduledAt,
                Formality.FORMAL, Channel.IN_PERSON, Set.of(SHOPEE, UNS)));
    }

    void heldMeeting(String meetingId, Instant scheduledAt) {
        convened(meetingId, scheduledAt);
        apply(LEAD, p -> new AttendanceRecorded(meetingId, p, List.of(
                new Attendance(UNS, AttendanceStatus.PRESENT, null))));
        apply(LEAD, p -> new MeetingClosed(meetingId, p));
    }

    void report(String outcomeId, String indicator, String period, String value, String baseline, String target) {
        report(outcomeId, indicator, period, value, baseline, target, null);
    }

    void report(String outcomeId, String indicator, String period, String value, String baseline, String target,
                String minimum) {
        apply(LEAD, p -> new OutcomeReported(outcomeId, p, indicator, period, value, "points", baseline, target,
                minimum, null));
    }

    void apply(String actor, Function<Provenance, ? extends CollaborationAct> event) {
        apply(actor, ledger.now(), event);
    }

    void apply(String actor, Instant occurredAt, Function<Provenance, ? extends CollaborationAct> event) {
        Entry entry = ledger.record(actor, occurredAt, event);
        dossier.apply(entry, ledger::actorOf);
    }

    Dashboard dashboardAt(Instant readAt) {
        return Dashboard.of(dossier, DIRECTORY::get, ledger.acts(), readAt,
                Dashboard.defaultFrom(dossier, readAt), readAt, JAKARTA);
    }

    static Dashboard.Element element(Health health, TheoryElement element) {
        return health.emersonNabatchi().stream().filter(e -> e.element() == element).findFirst().orElseThrow();
    }

    static Stakeholder stakeholder(String id, String name, Sector sector) {
        return new Stakeholder(id, name, sector, "Kota Surakarta", null, REGISTERED, 0, "evt-" + id);
    }
}
