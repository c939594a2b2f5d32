package id.gotong.meeting;

import id.gotong.act.NotPermitted;
import id.gotong.act.StateConflict;
import id.gotong.events.MeetingEvent.MeetingCancelled;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;

import static id.gotong.collaboration.CollaborationFixture.TOBA;
import static id.gotong.collaboration.CollaborationFixture.tobaMembership;
import static id.gotong.collaboration.Recording.CLOCK;
import static id.gotong.collaboration.Recording.provenance;
import static id.gotong.collaboration.Recording.refused;
import static id.gotong.meeting.MeetingFixture.FORUM;
import static id.gotong.meeting.MeetingFixture.attendanceRecorded;
import static id.gotong.meeting.MeetingFixture.cancelledMeeting;
import static id.gotong.meeting.MeetingFixture.closedMeeting;
import static id.gotong.meeting.MeetingFixture.convenedMeeting;
import static id.gotong.meeting.MeetingFixture.minutesRecorded;
import static id.gotong.meeting.MeetingFixture.present;
import static id.gotong.stakeholder.StakeholderFixture.BAPPEDA_TOBA;
import static id.gotong.stakeholder.StakeholderFixture.DISKOMINFO_TOBA;
import static id.gotong.stakeholder.StakeholderFixture.RRI_SIBOLGA;

class MeetingEndsOnceByCancellingBeforeItIsHeldOrClosingTest {

    private final FixtureConfiguration<Meeting> fixture = new AggregateTestFixture<>(Meeting.class)
            .registerInjectableResource(CLOCK)
            .registerInjectableResource(tobaMembership());

    @Test
    void givenMeetingConvened_whenCancel_thenMeetingCancelled() {
        fixture.given(convenedMeeting())
                .when(new CancelMeeting(FORUM, DISKOMINFO_TOBA, null, "The regent's schedule changed"))
                .expectEvents(cancelledMeeting());
    }

    @Test
    void givenMinutesRecorded_whenClose_thenMeetingClosed() {
        fixture.given(convenedMeeting(), minutesRecorded(BAPPEDA_TOBA))
                .when(new CloseMeeting(FORUM, BAPPEDA_TOBA, null))
                .expectEvents(closedMeeting());
    }

    @Test
    void givenAttendanceRecorded_whenCancel_thenStateConflictAndNoEvents() {
        fixture.given(convenedMeeting(), attendanceRecorded(BAPPEDA_TOBA, present(BAPPEDA_TOBA)))
                .when(new CancelMeeting(FORUM, DISKOMINFO_TOBA, null, "Too few attended"))
                .expectException(refused(StateConflict.class, "cancelled-only-before-held"))
                .expectNoEvents();
    }

    @Test
    void givenMeetingClosed_whenCloseAgain_thenStateConflictAndNoEvents() {
        fixture.given(convenedMeeting(), closedMeeting())
                .when(new CloseMeeting(FORUM, BAPPEDA_TOBA, null))
                .expectException(refused(StateConflict.class, "meeting-open"))
                .expectNoEvents();
    }

    @Test
    void givenMeetingCancelled_whenClose_thenStateConflictAndNoEvents() {
        fixture.given(convenedMeeting(), cancelledMeeting())
                .when(new CloseMeeting(FORUM, BAPPEDA_TOBA, null))
                .expectException(refused(StateConflict.class, "meeting-open"))
                .expectNoEvents();
    }

    @Test
    void givenMeetingCancelled_whenCancelAgain_thenStateConflictAndNoEvents() {
        fixture.given(convenedMeeting(), cancelledMeeting())
                .when(new CancelMeeting(FORUM, BAPPEDA_TOBA, null, "Still postponed"))
                .expectException(refused(StateConflict.class, "meeting-open"))
                .expectNoEvents();
    }

    @Test
    void givenMeetingConvened_whenInvitedNonMemberCancels_thenNotPermittedAndNoEvents() {
        fixture.given(convenedMeeting())
                .when(new CancelMeeting(FORUM, RRI_SIBOLGA, null, "Studio busy"))
                .expectException(refused(NotPermitted.class, "members-only"))
                .expectNoEvents();
    }

    @Test
    void givenMeetingConvened_whenSecretaryCancels_thenMeetingCancelledBySecretary() {
        fixture.given(convenedMeeting())
                .when(new CancelMeeting(FORUM, BAPPEDA_TOBA, null, "Venue unavailable"))
                .expectEvents(new MeetingCancelled(FORUM, provenance(MeetingCancelled.class, BAPPEDA_TOBA, TOBA),
                        "Venue unavailable"));
    }
}
