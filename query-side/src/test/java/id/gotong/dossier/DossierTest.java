package id.gotong.dossier;

import id.gotong.dossier.Dossier.AgreementState;
import id.gotong.dossier.Dossier.CommitmentState;
import id.gotong.dossier.Dossier.MeetingState;
import id.gotong.dossier.Dossier.RequestState;
import id.gotong.events.AgreementEvent.AgreementAmended;
import id.gotong.events.AgreementEvent.AgreementCameIntoForce;
import id.gotong.events.AgreementEvent.AgreementDrafted;
import id.gotong.events.AgreementEvent.AgreementExpired;
import id.gotong.events.AgreementEvent.AgreementSigned;
import id.gotong.events.AgreementEvent.AgreementTerminated;
import id.gotong.events.AgreementKind;
import id.gotong.events.CollaborationAct;
import id.gotong.events.CollaborationEvent.CollaborationRegistered;
import id.gotong.events.CollaborationEvent.DriverKind;
import id.gotong.events.CollaborationEvent.DriverRecorded;
import id.gotong.events.CollaborationEvent.EventCalendarPublished;
import id.gotong.events.CollaborationEvent.LeadershipChanged;
import id.gotong.events.CollaborationEvent.MemberAdmitted;
import id.gotong.events.CollaborationEvent.MemberRoleChanged;
import id.gotong.events.CollaborationEvent.MemberWithdrew;
import id.gotong.events.CollaborationEvent.PlannedEvent;
import id.gotong.events.CommitmentEvent.CommitmentAbandoned;
import id.gotong.events.CommitmentEvent.CommitmentBecameOverdue;
import id.gotong.events.CommitmentEvent.CommitmentFulfilled;
import id.gotong.events.CommitmentEvent.CommitmentPledged;
import id.gotong.events.CorrectionEvent.RecordCorrected;
import id.gotong.events.InformationRequestEvent.InformationRequestAnswered;
import id.gotong.events.InformationRequestEvent.InformationRequestDeclined;
import id.gotong.events.InformationRequestEvent.InformationRequestLapsed;
import id.gotong.events.InformationRequestEvent.InformationRequested;
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
import id.gotong.events.SharedGoalEvent.DissentRecorded;
import id.gotong.events.SharedGoalEvent.GoalKind;
import id.gotong.events.SharedGoalEvent.SharedGoalEndorsed;
import id.gotong.events.SharedGoalEvent.SharedGoalProposed;
import id.gotong.events.SharedGoalEvent.SharedGoalRevised;
import id.gotong.events.SmartCityDimension;
import id.gotong.events.PersonalData;
import id.gotong.projection.Entry;
import id.gotong.projection.LedgerFixture;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The fold of one collaboration's events, given events → the dossier and the evidence each event gives about
 * stakeholders. Evidence is written {@code "stakeholder KIND subject [vDetail] [(own)]"}.
 */
class DossierTest {

    static final String C = "c-solo";
    static final String LEAD = "s-diskominfo";
    static final String SECRETARY = "s-bappeda";
    static final String ANI = "s-uns";
    static final String BUDI = "s-shopee";
    static final String OUTSIDER = "s-rri";
    static final Instant T0 = Instant.parse("2024-01-15T02:00:00Z");

    final LedgerFixture ledger = new LedgerFixture(C, T0);
    final Dossier dossier = new Dossier();

    // --- membership

    @Test
    void registrationDescribesTheCollaborationAndCountsAsAnActOfTheRegistrar() {
        List<String> evidence = when(LEAD, p -> new CollaborationRegistered(C, p, "Solo Smart City", "Kota Surakarta",
                Set.of(SmartCityDimension.LIVING, SmartCityDimension.BRANDING), List.of("Perwali 8.6/2022"), LEAD,
                MeetingCadence.MONTHLY));

        assertThat(evidence).containsExactly(LEAD + " ACTED (own)");
        assertThat(dossier.collaborationId).isEqualTo(C);
        assertThat(dossier.name).isEqualTo("Solo Smart City");
        assertThat(dossier.region).isEqualTo("Kota Surakarta");
        assertThat(dossier.dimensions).containsExactly(SmartCityDimension.BRANDING, SmartCityDimension.LIVING);
        assertThat(dossier.legalBasis).containsExactly("Perwali 8.6/2022");
        assertThat(dossier.lead).isEqualTo(LEAD);
        assertThat(dossier.meetingCadence).isEqualTo(MeetingCadence.MONTHLY);
        assertThat(dossier.registeredAt).isEqualTo(T0);
        assertThat(dossier.registeredBy).isEqualTo(LEAD);
        assertThat(dossier.position).isZero();
        assertThat(dossier.events).isEqualTo(1);
    }

    @Test
    void theOperatorIsNoStakeholderAndGetsNoEvidence() {
        List<String> evidence = when("operator", p -> new CollaborationRegistered(C, p, "Toba Smart City", null,
                Set.of(SmartCityDimension.GOVERNANCE), List.of(), LEAD, MeetingCadence.YEARLY));

        assertThat(evidence).isEmpty();
        assertThat(dossier.registeredBy).isEqualTo("operator");
    }

    @Test
    void anAdmittedMemberIsActiveWithItsRoleAndTheAdmissionIsAnActOfTheAdmitter() {
        givenRegistered();

        Entry admission = ledger.after(Duration.ofDays(1)).record(LEAD, p -> new MemberAdmitted(C, p, ANI, Role.MEMBER));
        List<String> evidence = describe(dossier.apply(admission, ledger::actorOf));

        assertThat(evidence).containsExactly(LEAD + " ACTED (own)");
        Dossier.Member member = dossier.members.get(ANI);
        assertThat(member.role).isEqualTo(Role.MEMBER);
        assertThat(member.active).isTrue();
        assertThat(member.admittedAt).isEqualTo(T0.plus(Duration.ofDays(1)));
        assertThat(member.leftAt).isNull();
        assertThat(member.eventIds).containsExactly(admission.eventId());
    }

    @Test
    void aRoleChangeGivesTheMemberItsNewRole() {
        givenMembers();

        Entry change = record(LEAD, p -> new MemberRoleChanged(C, p, ANI, Role.MEMBER, Role.WORKING_GROUP_COORDINATOR));
        List<String> evidence = describe(dossier.apply(change, ledger::actorOf));

        assertThat(evidence).containsExactly(LEAD + " ACTED (own)");
        assertThat(dossier.members.get(ANI).role).isEqualTo(Role.WORKING_GROUP_COORDINATOR);
        assertThat(dossier.members.get(ANI).eventIds).endsWith(change.eventId());
    }

    @Test
    void aRoleChangeOfSomeoneWhoNeverJoinedAddsNoMember() {
        givenMembers();

        when(LEAD, p -> new MemberRoleChanged(C, p, OUTSIDER, Role.MEMBER, Role.SECRETARY));

        assertThat(dossier.members).doesNotContainKey(OUTSIDER);
    }

    @Test
    void aWithdrawnMemberStaysInTheDossierAsAFormerMember() {
        givenMembers();

        ledger.after(Duration.ofDays(30));
        List<String> evidence = when(BUDI, p -> new MemberWithdrew(C, p, BUDI, Role.MEMBER, "Programme ended"));

        assertThat(evidence).containsExactly(BUDI + " ACTED (own)");
        Dossier.Member member = dossier.members.get(BUDI);
        assertThat(member.active).isFalse();
        assertThat(member.leftAt).isEqualTo(ledger.now());
        assertThat(member.role).isEqualTo(Role.MEMBER);
        assertThat(member.eventIds).hasSize(2);
    }

    @Test
    void aFormerMemberAdmittedAgainIsActiveAgain() {
        givenMembers();
        when(BUDI, p -> new MemberWithdrew(C, p, BUDI, Role.MEMBER, "Programme ended"));
        ledger.after(Duration.ofDays(90));

        when(LEAD, p -> new MemberAdmitted(C, p, BUDI, Role.STEERING));

        Dossier.Member member = dossier.members.get(BUDI);
        assertThat(member.active).isTrue();
        assertThat(member.leftAt).isNull();
        assertThat(member.admittedAt).isEqualTo(ledger.now());
        assertThat(member.role).isEqualTo(Role.STEERING);
        assertThat(member.eventIds).hasSize(3);
    }

    @Test
    void aLeadershipChangeHandsThePersonInChargeRoleOver() {
        givenMembers();

        Entry change = record(SECRETARY, p -> new LeadershipChanged(C, p, LEAD, Role.MEMBER, ANI, "New decree"));
        List<String> evidence = describe(dossier.apply(change, ledger::actorOf));

        assertThat(evidence).containsExactly(SECRETARY + " ACTED (own)");
        assertThat(dossier.lead).isEqualTo(ANI);
        assertThat(dossier.members.get(ANI).role).isEqualTo(Role.PERSON_IN_CHARGE);
        assertThat(dossier.members.get(LEAD).role).isEqualTo(Role.MEMBER);
        assertThat(dossier.members.get(LEAD).active).isTrue();
        assertThat(dossier.members.get(ANI).eventIds).endsWith(change.eventId());
        assertThat(dossier.members.get(LEAD).eventIds).endsWith(change.eventId());
    }

    @Test
    void driversAndTheEventCalendarAreKeptWithTheEventThatRecordedThem() {
        givenMembers();

        Entry driver = record(ANI, p -> new DriverRecorded(C, p, DriverKind.RESOURCE_GAP, "No budget for data"));
        dossier.apply(driver, ledger::actorOf);
        Entry calendar = record(LEAD, p -> new EventCalendarPublished(C, p, List.of(
                new PlannedEvent("Solo Batik Carnival", LocalDate.parse("2024-07-13"), "Annual"),
                new PlannedEvent("Solo Menari", LocalDate.parse("2024-04-29"), null))));
        List<String> evidence = describe(dossier.apply(calendar, ledger::actorOf));

        assertThat(evidence).containsExactly(LEAD + " ACTED (own)");
        assertThat(dossier.drivers).singleElement().satisfies(d -> {
            assertThat(d.kind).isEqualTo(DriverKind.RESOURCE_GAP);
            assertThat(d.recordedBy).isEqualTo(ANI);
            assertThat(d.eventId).isEqualTo(driver.eventId());
        });
        assertThat(dossier.calendar).extracting(p -> p.title).containsExactly("Solo Batik Carnival", "Solo Menari");
        assertThat(dossier.calendar).extracting(p -> p.eventId).containsOnly(calendar.eventId());
    }

    // --- meetings

    @Test
    void convenedMeetingTellsTheConvenerAndEveryInvitee() {
        givenMembers();

        List<String> evidence = when(SECRETARY, p -> meeting(p, "m1", SECRETARY, ANI, OUTSIDER));

        assertThat(evidence).containsExactly(SECRETARY + " CONVENED m1 (own)", SECRETARY + " INVITED m1 (own)",
                OUTSIDER + " INVITED m1", ANI + " INVITED m1");
        Dossier.Meeting meeting = dossier.meetings.get("m1");
        assertThat(meeting.state).isEqualTo(MeetingState.CONVENED);
        assertThat(meeting.held).isFalse();
        assertThat(meeting.convenedBy).isEqualTo(SECRETARY);
        assertThat(meeting.invitees).containsExactly(SECRETARY, OUTSIDER, ANI);
        assertThat(meeting.scheduledAt).isEqualTo(ledger.now().plus(Duration.ofDays(7)));
    }

    @Test
    void attendanceMakesTheMeetingHeldAndTellsEachAttendeeHowTheyTookPart() {
        givenMembers();
        when(SECRETARY, p -> meeting(p, "m1", ANI, BUDI, OUTSIDER));
        ledger.after(Duration.ofDays(7));

        List<String> evidence = when(SECRETARY, p -> new AttendanceRecorded("m1", p, List.of(
                new Attendance(ANI, AttendanceStatus.PRESENT, null),
                new Attendance(BUDI, AttendanceStatus.REPRESENTED, PersonalData.of("ds-deputy", "Budi's deputy")),
                new Attendance(OUTSIDER, AttendanceStatus.ABSENT, null))));

        assertThat(evidence).containsExactly(ANI + " ATTENDED m1", BUDI + " REPRESENTED m1", OUTSIDER + " ABSENT m1",
                SECRETARY + " ACTED (own)");
        Dossier.Meeting meeting = dossier.meetings.get("m1");
        assertThat(meeting.state).isEqualTo(MeetingState.HELD);
        assertThat(meeting.held).isTrue();
        assertThat(meeting.attendance).containsExactly(Map.entry(OUTSIDER, AttendanceStatus.ABSENT),
                Map.entry(BUDI, AttendanceStatus.REPRESENTED), Map.entry(ANI, AttendanceStatus.PRESENT));
    }

    @Test
    void theRecorderPresentAtTheMeetingHasNoSeparateActEvidence() {
        givenMembers();
        when(SECRETARY, p -> meeting(p, "m1", ANI));

        List<String> evidence = when(SECRETARY, p -> new AttendanceRecorded("m1", p, List.of(
                new Attendance(SECRETARY, AttendanceStatus.PRESENT, null))));

        assertThat(evidence).containsExactly(SECRETARY + " ATTENDED m1 (own)");
    }

    @Test
    void minutesKeepTheDecisionsAndClosingEndsTheMeeting() {
        givenMembers();
        when(SECRETARY, p -> meeting(p, "m1", ANI));
        when(SECRETARY, p -> new AttendanceRecorded("m1", p, List.of(new Attendance(ANI, AttendanceStatus.PRESENT, null))));

        List<String> minutes = when(SECRETARY, p -> new MinutesRecorded("m1", p, "Data sharing", "Long debate",
                List.of("Publish the open-data portal", "Meet again in May")));
        assertThat(minutes).containsExactly(SECRETARY + " ACTED (own)");
        assertThat(dossier.meetings.get("m1").state).isEqualTo(MeetingState.HELD);

        when(SECRETARY, p -> new MeetingClosed("m1", p));

        Dossier.Meeting meeting = dossier.meetings.get("m1");
        assertThat(meeting.state).isEqualTo(MeetingState.CLOSED);
        assertThat(meeting.held).isTrue();
        assertThat(meeting.decisions).containsExactly("Publish the open-data portal", "Meet again in May");
        assertThat(meeting.attendance).containsOnlyKeys(ANI);
        assertThat(meeting.eventIds).hasSize(4);
    }

    @Test
    void minutesAloneMakeAMeetingHeldAndItStaysHeldOnceClosed() {
        givenMembers();
        when(SECRETARY, p -> meeting(p, "m1", ANI));
        when(SECRETARY, p -> new MinutesRecorded("m1", p, "Data sharing", null, List.of()));

        when(SECRETARY, p -> new MeetingClosed("m1", p));

        assertThat(dossier.meetings.get("m1").state).isEqualTo(MeetingState.CLOSED);
        assertThat(dossier.meetings.get("m1").held).isTrue();
    }

    @Test
    void aMeetingClosedWithoutAttendanceOrMinutesWasNotHeld() {
        givenMembers();
        when(SECRETARY, p -> meeting(p, "m1", ANI));

        when(SECRETARY, p -> new MeetingClosed("m1", p));

        assertThat(dossier.meetings.get("m1").held).isFalse();
    }

    @Test
    void aCancelledMeetingIsCancelled() {
        givenMembers();
        when(SECRETARY, p -> meeting(p, "m1", ANI));

        List<String> evidence = when(ANI, p -> new MeetingCancelled("m1", p, "Flood"));

        assertThat(evidence).containsExactly(ANI + " ACTED (own)");
        assertThat(dossier.meetings.get("m1").state).isEqualTo(MeetingState.CANCELLED);
        assertThat(dossier.meetings.get("m1").held).isFalse();
    }

    // --- shared goals

    @Test
    void endorsementsAndDissentsOfTheCurrentVersionAreKept() {
        givenMembers();
        when(LEAD, p -> new SharedGoalProposed("g1", p, GoalKind.GOAL, "Open data by 2025", 1));

        assertThat(when(ANI, p -> new SharedGoalEndorsed("g1", p, 1))).containsExactly(ANI + " ENDORSED g1 v1 (own)");
        assertThat(when(BUDI, p -> new DissentRecorded("g1", p, 1, "Too soon")))
                .containsExactly(BUDI + " DISSENTED g1 v1 (own)");

        Dossier.Goal goal = dossier.goals.get("g1");
        assertThat(goal.version).isEqualTo(1);
        assertThat(goal.proposedBy).isEqualTo(LEAD);
        assertThat(goal.endorsedBy).containsOnlyKeys(ANI);
        assertThat(goal.dissentedBy).containsOnlyKeys(BUDI);
    }

    @Test
    void aDissenterWhoComesRoundIsAnEndorserOnly() {
        givenMembers();
        when(LEAD, p -> new SharedGoalProposed("g1", p, GoalKind.PROBLEM_DEFINITION, "Data silos", 1));
        when(BUDI, p -> new DissentRecorded("g1", p, 1, "Too vague"));

        Entry endorsement = record(BUDI, p -> new SharedGoalEndorsed("g1", p, 1));
        dossier.apply(endorsement, ledger::actorOf);

        Dossier.Goal goal = dossier.goals.get("g1");
        assertThat(goal.endorsedBy).containsExactly(Map.entry(BUDI, endorsement.eventId()));
        assertThat(goal.dissentedBy).isEmpty();
    }

    @Test
    void aRevisionTellsThePreviousEndorsersAndStartsThePositionsOver() {
        givenMembers();
        when(LEAD, p -> new SharedGoalProposed("g1", p, GoalKind.GOAL, "Open data by 2025", 1));
        when(ANI, p -> new SharedGoalEndorsed("g1", p, 1));
        when(LEAD, p -> new SharedGoalEndorsed("g1", p, 1));
        when(BUDI, p -> new DissentRecorded("g1", p, 1, "Too soon"));

        List<String> evidence = when(LEAD, p -> new SharedGoalRevised("g1", p, 2, "Open data by 2026", "Budget"));

        assertThat(evidence).containsExactly(LEAD + " GOAL_REVISED g1 v2 (own)", ANI + " GOAL_REVISED g1 v2",
                BUDI + " GOAL_REVISED g1 v2");
        Dossier.Goal goal = dossier.goals.get("g1");
        assertThat(goal.version).isEqualTo(2);
        assertThat(goal.statement).isEqualTo("Open data by 2026");
        assertThat(goal.endorsedBy).isEmpty();
        assertThat(goal.dissentedBy).isEmpty();
        assertThat(goal.eventIds).hasSize(5);
    }

    @Test
    void aRevisionAlsoTellsThePreviousDissentersSoTheirDissentIsNoLongerCurrent() {
        givenMembers();
        when(LEAD, p -> new SharedGoalProposed("g1", p, GoalKind.GOAL, "Open data by 2025", 1));
        when(BUDI, p -> new DissentRecorded("g1", p, 1, "Too soon"));

        List<String> evidence = when(LEAD, p -> new SharedGoalRevised("g1", p, 2, "Open data by 2026", "Budget"));

        assertThat(evidence).containsExactly(BUDI + " GOAL_REVISED g1 v2", LEAD + " ACTED (own)");
    }

    @Test
    void anEndorsementOfAnOldVersionIsIgnored() {
        givenMembers();
        when(LEAD, p -> new SharedGoalProposed("g1", p, GoalKind.GOAL, "Open data by 2025", 1));
        when(LEAD, p -> new SharedGoalRevised("g1", p, 2, "Open data by 2026", "Budget"));

        List<String> stale = when(ANI, p -> new SharedGoalEndorsed("g1", p, 1));
        assertThat(stale).containsExactly(ANI + " ACTED (own)");
        assertThat(dossier.goals.get("g1").endorsedBy).isEmpty();

        List<String> current = when(ANI, p -> new SharedGoalEndorsed("g1", p, 2));
        assertThat(current).containsExactly(ANI + " ENDORSED g1 v2 (own)");
        assertThat(dossier.goals.get("g1").endorsedBy).containsOnlyKeys(ANI);
    }

    // --- agreements

    @Test
    void anAgreementComesIntoForceForEveryPartyWhenTheLastOneSigns() {
        givenMembers();
        when(LEAD, p -> cooperation(p, "a1", LEAD, BUDI));

        assertThat(when(LEAD, p -> new AgreementSigned("a1", p, 1))).containsExactly(LEAD + " SIGNED a1 (own)");
        Dossier.Agreement awaiting = dossier.agreements.get("a1");
        assertThat(awaiting.state).isEqualTo(AgreementState.AWAITING_SIGNATURES);
        assertThat(awaiting.signedBy).containsOnlyKeys(LEAD);

        assertThat(when(BUDI, p -> new AgreementSigned("a1", p, 1))).containsExactly(BUDI + " SIGNED a1 (own)");
        List<String> inForce = when(BUDI, p -> new AgreementCameIntoForce("a1", p, 1));

        assertThat(inForce).containsExactly(LEAD + " AGREEMENT_IN_FORCE a1", BUDI + " AGREEMENT_IN_FORCE a1 (own)");
        Dossier.Agreement agreement = dossier.agreements.get("a1");
        assertThat(agreement.state).isEqualTo(AgreementState.IN_FORCE);
        assertThat(agreement.parties).containsExactly(LEAD, BUDI);
        assertThat(agreement.signedBy).containsOnlyKeys(LEAD, BUDI);
        assertThat(agreement.version).isEqualTo(1);
        assertThat(agreement.eventIds).hasSize(4);
    }

    @Test
    void anAmendmentSuspendsAnAgreementInForceAndStartsTheSignaturesOver() {
        givenAgreementInForce("a1", LEAD, BUDI);

        List<String> evidence = when(BUDI, p -> new AgreementAmended("a1", p, 2, "New terms",
                LocalDate.parse("2026-12-31"), "Extension"));

        assertThat(evidence).containsExactly(LEAD + " AGREEMENT_SUSPENDED a1", BUDI + " AGREEMENT_SUSPENDED a1 (own)");
        Dossier.Agreement agreement = dossier.agreements.get("a1");
        assertThat(agreement.state).isEqualTo(AgreementState.AWAITING_SIGNATURES);
        assertThat(agreement.version).isEqualTo(2);
        assertThat(agreement.signedBy).isEmpty();
        assertThat(agreement.validUntil).isEqualTo(LocalDate.parse("2026-12-31"));
    }

    @Test
    void anAmendmentOfAnAgreementNotInForceSuspendsNothing() {
        givenMembers();
        when(LEAD, p -> cooperation(p, "a1", LEAD, BUDI));
        when(LEAD, p -> new AgreementSigned("a1", p, 1));

        List<String> evidence = when(BUDI, p -> new AgreementAmended("a1", p, 2, "New terms", null, "Typo"));

        assertThat(evidence).containsExactly(BUDI + " ACTED (own)");
        assertThat(dossier.agreements.get("a1").signedBy).isEmpty();
    }

    @Test
    void terminatingAnAgreementInForceEndsItForEveryParty() {
        givenAgreementInForce("a1", LEAD, BUDI);

        List<String> evidence = when(LEAD, p -> new AgreementTerminated("a1", p, "Partner left"));

        assertThat(evidence).containsExactly(LEAD + " AGREEMENT_ENDED a1 (own)", BUDI + " AGREEMENT_ENDED a1");
        assertThat(dossier.agreements.get("a1").state).isEqualTo(AgreementState.TERMINATED);
    }

    @Test
    void terminatingAnAgreementAwaitingSignaturesEndsNothingInForce() {
        givenAgreementInForce("a1", LEAD, BUDI);
        when(BUDI, p -> new AgreementAmended("a1", p, 2, "New terms", null, "Extension"));

        List<String> evidence = when(LEAD, p -> new AgreementTerminated("a1", p, "Could not agree"));

        assertThat(evidence).containsExactly(LEAD + " ACTED (own)");
        assertThat(dossier.agreements.get("a1").state).isEqualTo(AgreementState.TERMINATED);
    }

    @Test
    void anAgreementExpiringInForceEndsItAndTheSystemGetsNoEvidence() {
        givenAgreementInForce("a1", LEAD, BUDI);

        List<String> evidence = when("system", p -> new AgreementExpired("a1", p, LocalDate.parse("2025-12-31")));

        assertThat(evidence).containsExactly(LEAD + " AGREEMENT_ENDED a1", BUDI + " AGREEMENT_ENDED a1");
        assertThat(dossier.agreements.get("a1").state).isEqualTo(AgreementState.EXPIRED);
    }

    // --- commitments

    @Test
    void aCommitmentPledgedThenOverdueThenFulfilledLate() {
        givenMembers();

        assertThat(when(ANI, p -> pledge(p, "k1", LocalDate.parse("2024-02-01"))))
                .containsExactly(ANI + " PLEDGED k1 (own)");
        assertThat(dossier.commitments.get("k1").state).isEqualTo(CommitmentState.OPEN);
        assertThat(dossier.commitments.get("k1").pledgedBy).isEqualTo(ANI);

        ledger.at(Instant.parse("2024-02-01T17:00:00Z"));
        assertThat(when("system", p -> new CommitmentBecameOverdue("k1", p, LocalDate.parse("2024-02-01"))))
                .containsExactly(ANI + " OVERDUE k1");
        assertThat(dossier.commitments.get("k1").state).isEqualTo(CommitmentState.OVERDUE);

        ledger.after(Duration.ofDays(3));
        assertThat(when(ANI, p -> new CommitmentFulfilled("k1", p, "https://data.surakarta.go.id", false)))
                .containsExactly(ANI + " FULFILLED_LATE k1 (own)");
        Dossier.Commitment commitment = dossier.commitments.get("k1");
        assertThat(commitment.state).isEqualTo(CommitmentState.FULFILLED);
        assertThat(commitment.onTime).isFalse();
        assertThat(commitment.eventIds).hasSize(3);
    }

    @Test
    void aCommitmentFulfilledOnTime() {
        givenMembers();
        when(ANI, p -> pledge(p, "k1", LocalDate.parse("2024-02-01")));

        assertThat(when(ANI, p -> new CommitmentFulfilled("k1", p, "Report", true)))
                .containsExactly(ANI + " FULFILLED_ON_TIME k1 (own)");
        assertThat(dossier.commitments.get("k1").onTime).isTrue();
    }

    @Test
    void anAbandonedCommitment() {
        givenMembers();
        when(ANI, p -> pledge(p, "k1", LocalDate.parse("2024-02-01")));

        assertThat(when(ANI, p -> new CommitmentAbandoned("k1", p, "No budget")))
                .containsExactly(ANI + " ABANDONED k1 (own)");
        assertThat(dossier.commitments.get("k1").state).isEqualTo(CommitmentState.ABANDONED);
        assertThat(dossier.commitments.get("k1").onTime).isNull();
    }

    // --- information requests

    @Test
    void anAnswerAfterTheRequestLapsedLeavesItLapsedAndAnsweredLate() {
        givenMembers();

        assertThat(when(ANI, p -> new InformationRequested("r1", p, BUDI, "SME sales data",
                LocalDate.parse("2024-02-01")))).containsExactly(ANI + " ACTED (own)");
        assertThat(dossier.requests.get("r1").state).isEqualTo(RequestState.OPEN);

        ledger.at(Instant.parse("2024-02-01T17:00:00Z"));
        assertThat(when("system", p -> new InformationRequestLapsed("r1", p, LocalDate.parse("2024-02-01"))))
                .containsExactly(BUDI + " LAPSED r1");
        assertThat(dossier.requests.get("r1").state).isEqualTo(RequestState.LAPSED);

        ledger.after(Duration.ofDays(10));
        assertThat(when(BUDI, p -> new InformationRequestAnswered("r1", p, "Attached", null, false)))
                .containsExactly(BUDI + " ANSWERED_LATE r1 (own)");
        Dossier.Request request = dossier.requests.get("r1");
        assertThat(request.state).isEqualTo(RequestState.LAPSED);
        assertThat(request.answeredLate).isTrue();
        assertThat(request.requestedBy).isEqualTo(ANI);
        assertThat(request.eventIds).hasSize(3);
    }

    @Test
    void aRequestAnsweredOnTime() {
        givenMembers();
        when(ANI, p -> new InformationRequested("r1", p, BUDI, "SME sales data", LocalDate.parse("2024-02-01")));

        assertThat(when(BUDI, p -> new InformationRequestAnswered("r1", p, "Attached", "https://x", true)))
                .containsExactly(BUDI + " ANSWERED_ON_TIME r1 (own)");
        assertThat(dossier.requests.get("r1").state).isEqualTo(RequestState.ANSWERED);
        assertThat(dossier.requests.get("r1").answeredLate).isFalse();
    }

    @Test
    void aDeclinedRequest() {
        givenMembers();
        when(ANI, p -> new InformationRequested("r1", p, BUDI, "SME sales data", LocalDate.parse("2024-02-01")));

        assertThat(when(BUDI, p -> new InformationRequestDeclined("r1", p, "Trade secret")))
                .containsExactly(BUDI + " DECLINED r1 (own)");
        assertThat(dossier.requests.get("r1").state).isEqualTo(RequestState.DECLINED);
    }

    // --- outcomes

    @Test
    void verdictsOnAnOutcomeGoToItsReporterAndAMemberMayChangeItsVerdict() {
        givenMembers();

        assertThat(when(LEAD, p -> new OutcomeReported("o1", p, "SPBE index", "2023", "2.98", "index points",
                "2.50", "3.50", null, null))).containsExactly(LEAD + " OUTCOME_REPORTED o1 (own)");

        assertThat(when(ANI, p -> new OutcomeConfirmed("o1", p)))
                .containsExactly(LEAD + " OUTCOME_CONFIRMED o1", ANI + " ACTED (own)");
        assertThat(dossier.outcomes.get("o1").confirmedBy).containsOnlyKeys(ANI);

        assertThat(when(ANI, p -> new OutcomeDisputed("o1", p, "Wrong year")))
                .containsExactly(LEAD + " OUTCOME_DISPUTED o1", ANI + " ACTED (own)");
        Dossier.Outcome outcome = dossier.outcomes.get("o1");
        assertThat(outcome.confirmedBy).isEmpty();
        assertThat(outcome.disputedBy).containsOnlyKeys(ANI);

        when(ANI, p -> new OutcomeConfirmed("o1", p));
        assertThat(outcome.confirmedBy).containsOnlyKeys(ANI);
        assertThat(outcome.disputedBy).isEmpty();
        assertThat(outcome.value).isEqualTo("2.98");
        assertThat(outcome.reportedBy).isEqualTo(LEAD);
    }

    // --- corrections

    @Test
    void aCorrectionCountsAgainstWhoeverRecordedTheCorrectedEvent() {
        givenMembers();
        Entry minutes = givenMinutesRecordedBy(ANI);

        List<String> evidence = when(SECRETARY, p -> new RecordCorrected("x1", p, minutes.eventId(),
                Map.of("summary", "Open data"), "Wrong summary"));

        assertThat(evidence).containsExactly(ANI + " RECORD_CORRECTED " + minutes.eventId(), SECRETARY + " ACTED (own)");
        Dossier.Correction correction = dossier.corrections.get(0);
        assertThat(correction.correctedActor).isEqualTo(ANI);
        assertThat(correction.correctedBy).isEqualTo(SECRETARY);
        assertThat(correction.correctedFields).containsExactly(Map.entry("summary", "Open data"));
    }

    @Test
    void correctingOnesOwnRecordIsTheOnlyEvidenceOfThatAct() {
        givenMembers();
        Entry minutes = givenMinutesRecordedBy(ANI);

        List<String> evidence = when(ANI, p -> new RecordCorrected("x1", p, minutes.eventId(),
                Map.of("summary", "Open data"), "Typo"));

        assertThat(evidence).containsExactly(ANI + " RECORD_CORRECTED " + minutes.eventId() + " (own)");
    }

    @Test
    void correctingARecordOfTheSystemCountsAgainstNoStakeholder() {
        givenMembers();
        when(ANI, p -> pledge(p, "k1", LocalDate.parse("2024-02-01")));
        Entry overdue = record("system", p -> new CommitmentBecameOverdue("k1", p, LocalDate.parse("2024-02-01")));
        dossier.apply(overdue, ledger::actorOf);

        List<String> evidence = when(SECRETARY, p -> new RecordCorrected("x1", p, overdue.eventId(),
                Map.of("dueOn", "2024-03-01"), "Due date was extended"));

        assertThat(evidence).containsExactly(SECRETARY + " ACTED (own)");
        assertThat(dossier.corrections.get(0).correctedActor).isEqualTo("system");
    }

    @Test
    void aCorrectionOfAnEventTheLookupDoesNotKnowBlamesNobody() {
        givenMembers();

        List<String> evidence = when(SECRETARY, p -> new RecordCorrected("x1", p, "evt-unknown",
                Map.of("summary", "Open data"), "Wrong summary"));

        assertThat(evidence).containsExactly(SECRETARY + " ACTED (own)");
        assertThat(dossier.corrections.get(0).correctedActor).isNull();
    }

    // --- the evidence record itself

    @Test
    void evidenceNamesTheEventItCameFrom() {
        givenMembers();
        ledger.at(Instant.parse("2024-03-01T03:00:00Z"));

        Entry pledge = record(ANI, p -> pledge(p, "k1", LocalDate.parse("2024-04-01")));
        List<Evidence> evidence = dossier.apply(pledge, ledger::actorOf);

        assertThat(evidence).containsExactly(new Evidence(ANI, C, pledge.position(), pledge.eventId(),
                Instant.parse("2024-03-01T03:00:00Z"), Evidence.Kind.PLEDGED, "k1", null, true));
        assertThat(evidence.get(0).key()).isEqualTo(pledge.eventId() + "/" + ANI + "/PLEDGED");
    }

    // --- idempotency

    @Test
    void anEntryAppliedTwiceChangesNothingTheSecondTime() {
        givenMembers();
        when(SECRETARY, p -> meeting(p, "m1", ANI, BUDI));
        Entry attendance = record(SECRETARY, p -> new AttendanceRecorded("m1", p, List.of(
                new Attendance(ANI, AttendanceStatus.PRESENT, null))));
        assertThat(dossier.apply(attendance, ledger::actorOf)).isNotEmpty();
        String before = DossierStore.json(dossier);

        List<Evidence> again = dossier.apply(attendance, ledger::actorOf);

        assertThat(again).isEmpty();
        assertThat(DossierStore.json(dossier)).isEqualTo(before);
        assertThat(dossier.events).isEqualTo(ledger.entries().size());
    }

    @Test
    void anEntryOlderThanTheLastOneFoldedInIsIgnored() {
        givenMembers();
        List<Entry> entries = ledger.entries();
        String before = DossierStore.json(dossier);

        for (Entry earlier : entries) {
            assertThat(dossier.apply(earlier, ledger::actorOf)).isEmpty();
        }

        assertThat(DossierStore.json(dossier)).isEqualTo(before);
        assertThat(dossier.position).isEqualTo(entries.get(entries.size() - 1).position());
    }

    // --- givens and helpers

    void givenRegistered() {
        when(LEAD, p -> new CollaborationRegistered(C, p, "Solo Smart City", "Kota Surakarta",
                Set.of(SmartCityDimension.BRANDING), List.of("Perwali 8.6/2022"), LEAD, MeetingCadence.MONTHLY));
        when(LEAD, p -> new MemberAdmitted(C, p, LEAD, Role.PERSON_IN_CHARGE));
    }

    void givenMembers() {
        givenRegistered();
        when(LEAD, p -> new MemberAdmitted(C, p, SECRETARY, Role.SECRETARY));
        when(LEAD, p -> new MemberAdmitted(C, p, ANI, Role.MEMBER));
        when(LEAD, p -> new MemberAdmitted(C, p, BUDI, Role.MEMBER));
        ledger.after(Duration.ofDays(1));
    }

    void givenAgreementInForce(String agreementId, String... parties) {
        givenMembers();
        when(LEAD, p -> cooperation(p, agreementId, parties));
        for (String party : parties) {
            when(party, p -> new AgreementSigned(agreementId, p, 1));
        }
        when(parties[parties.length - 1], p -> new AgreementCameIntoForce(agreementId, p, 1));
    }

    Entry givenMinutesRecordedBy(String recorder) {
        when(recorder, p -> meeting(p, "m1", ANI));
        Entry minutes = record(recorder, p -> new MinutesRecorded("m1", p, "Data", null, List.of()));
        dossier.apply(minutes, ledger::actorOf);
        return minutes;
    }

    List<String> when(String actor, Function<Provenance, ? extends CollaborationAct> event) {
        return describe(dossier.apply(record(actor, event), ledger::actorOf));
    }

    Entry record(String actor, Function<Provenance, ? extends CollaborationAct> event) {
        return ledger.record(actor, event);
    }

    MeetingConvened meeting(Provenance p, String meetingId, String... invitees) {
        return new MeetingConvened(meetingId, p, "Forum " + meetingId, List.of("Data"),
                p.occurredAt().plus(Duration.ofDays(7)), Formality.FORMAL, Channel.IN_PERSON, Set.of(invitees));
    }

    static AgreementDrafted cooperation(Provenance p, String agreementId, String... parties) {
        return new AgreementDrafted(agreementId, p, AgreementKind.COOPERATION_AGREEMENT, "515.13/1306/2021",
                "Digital SMEs", Set.of(parties), "Training", LocalDate.parse("2024-01-01"),
                LocalDate.parse("2025-12-31"));
    }

    static CommitmentPledged pledge(Provenance p, String commitmentId, LocalDate dueOn) {
        return new CommitmentPledged(commitmentId, p, "Open-data portal", dueOn, null, null, null);
    }

    static List<String> describe(List<Evidence> evidence) {
        return evidence.stream().map(e -> e.stakeholderId() + " " + e.kind()
                + (e.subjectId() == null ? "" : " " + e.subjectId())
                + (e.detail() == null ? "" : " v" + e.detail())
                + (e.ownAct() ? " (own)" : "")).toList();
    }
}
