package id.gotong.meeting;

import id.gotong.act.NotPermitted;
import id.gotong.act.RuleViolation;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;

import static id.gotong.collaboration.CollaborationFixture.tobaMembership;
import static id.gotong.collaboration.Recording.CLOCK;
import static id.gotong.collaboration.Recording.refused;
import static id.gotong.collaboration.Recording.refusedOn;
import static id.gotong.meeting.MeetingFixture.absent;
import static id.gotong.meeting.MeetingFixture.attendanceRecorded;
import static id.gotong.meeting.MeetingFixture.convenedMeeting;
import static id.gotong.meeting.MeetingFixture.present;
import static id.gotong.meeting.MeetingFixture.recordAttendance;
import static id.gotong.stakeholder.StakeholderFixture.BAPPEDA_TOBA;
import static id.gotong.stakeholder.StakeholderFixture.IT_DEL;
import static id.gotong.stakeholder.StakeholderFixture.RRI_SIBOLGA;
import static id.gotong.stakeholder.StakeholderFixture.SOLUSI_RAHAYU;

class AttendanceOfInviteesOrMembersOnlyTest {

    private final FixtureConfiguration<Meeting> fixture = new AggregateTestFixture<>(Meeting.class)
            .registerInjectableResource(CLOCK)
            .registerInjectableResource(tobaMembership());

    @Test
    void givenRriSibolgaInvitedButNotMember_whenRecordItPresent_thenAttendanceRecorded() {
        fixture.given(convenedMeeting())
                .when(recordAttendance(BAPPEDA_TOBA, present(RRI_SIBOLGA)))
                .expectEvents(attendanceRecorded(BAPPEDA_TOBA, present(RRI_SIBOLGA)));
    }

    @Test
    void givenItDelMemberButNotInvited_whenRecordItAbsent_thenAttendanceRecorded() {
        fixture.given(convenedMeeting())
                .when(recordAttendance(BAPPEDA_TOBA, absent(IT_DEL)))
                .expectEvents(attendanceRecorded(BAPPEDA_TOBA, absent(IT_DEL)));
    }

    @Test
    void givenSolusiRahayuNeitherInvitedNorMember_whenRecordItPresent_thenRuleViolationAndNoEvents() {
        fixture.given(convenedMeeting())
                .when(recordAttendance(BAPPEDA_TOBA, present(BAPPEDA_TOBA), present(SOLUSI_RAHAYU)))
                .expectException(refusedOn(RuleViolation.class, "attendee-invited-or-member",
                        "entries[1].stakeholderId"))
                .expectExceptionMessage("pt-solusi-rahayu-indonesia was neither invited to meeting "
                        + "forum-spbe-toba-2024 nor is a member of toba-smart-governance")
                .expectNoEvents();
    }

    @Test
    void givenRriSibolgaInvitedButNotMember_whenItRecordsAttendance_thenNotPermittedAndNoEvents() {
        fixture.given(convenedMeeting())
                .when(recordAttendance(RRI_SIBOLGA, present(RRI_SIBOLGA)))
                .expectException(refused(NotPermitted.class, "members-only"))
                .expectNoEvents();
    }
}
