package id.gotong.meeting;

import id.gotong.act.RuleViolation;
import id.gotong.act.StateConflict;
import id.gotong.events.MeetingEvent.Attendance;
import id.gotong.events.MeetingEvent.AttendanceStatus;
import id.gotong.events.PersonalData;
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
import static id.gotong.meeting.MeetingFixture.person;
import static id.gotong.meeting.MeetingFixture.present;
import static id.gotong.meeting.MeetingFixture.recordAttendance;
import static id.gotong.stakeholder.StakeholderFixture.BAPPEDA_TOBA;
import static id.gotong.stakeholder.StakeholderFixture.DISKOMINFO_TOBA;
import static id.gotong.stakeholder.StakeholderFixture.IT_DEL;
import static id.gotong.stakeholder.StakeholderFixture.RRI_SIBOLGA;

/** Late arrivals are recorded in a later entry; a wrong entry is fixed by a correction, not by a second entry. */
class AttendanceRecordedOncePerStakeholderTest {

    private final FixtureConfiguration<Meeting> fixture = new AggregateTestFixture<>(Meeting.class)
            .registerInjectableResource(CLOCK)
            .registerInjectableResource(tobaMembership());

    @Test
    void givenBappedaRecordedPresent_whenRecordItDelPresent_thenAttendanceRecorded() {
        fixture.given(convenedMeeting(), attendanceRecorded(BAPPEDA_TOBA, present(BAPPEDA_TOBA)))
                .when(recordAttendance(BAPPEDA_TOBA, present(IT_DEL)))
                .expectEvents(attendanceRecorded(BAPPEDA_TOBA, present(IT_DEL)));
    }

    @Test
    void givenRriSibolgaRecordedAbsent_whenRecordItPresent_thenStateConflictAndNoEvents() {
        fixture.given(convenedMeeting(), attendanceRecorded(BAPPEDA_TOBA, absent(RRI_SIBOLGA)))
                .when(recordAttendance(DISKOMINFO_TOBA, present(RRI_SIBOLGA)))
                .expectException(refused(StateConflict.class, "attendance-recorded-once-per-stakeholder"))
                .expectNoEvents();
    }

    @Test
    void givenMeetingConvened_whenTheSameStakeholderIsNamedTwice_thenStateConflictAndNoEvents() {
        fixture.given(convenedMeeting())
                .when(recordAttendance(BAPPEDA_TOBA, present(IT_DEL), absent(IT_DEL)))
                .expectException(refused(StateConflict.class, "attendance-recorded-once-per-stakeholder"))
                .expectNoEvents();
    }

    @Test
    void givenMeetingConvened_whenRepresentedWithoutARepresentative_thenRuleViolationAndNoEvents() {
        fixture.given(convenedMeeting())
                .when(recordAttendance(BAPPEDA_TOBA, new Attendance(RRI_SIBOLGA, AttendanceStatus.REPRESENTED, null)))
                .expectException(refusedOn(RuleViolation.class, "represented-by-named-when-represented",
                        "entries[0].representedBy"))
                .expectNoEvents();
    }

    @Test
    void givenMeetingConvened_whenPresentWithARepresentative_thenRuleViolationAndNoEvents() {
        fixture.given(convenedMeeting())
                .when(recordAttendance(BAPPEDA_TOBA, new Attendance(IT_DEL, AttendanceStatus.PRESENT, person("Rektor IT Del"))))
                .expectException(refusedOn(RuleViolation.class, "represented-by-named-when-represented",
                        "entries[0].representedBy"))
                .expectNoEvents();
    }

    @Test
    void givenMeetingConvened_whenARepresentativeIsNamedWithoutADataSubject_thenRuleViolationAndNoEvents() {
        fixture.given(convenedMeeting())
                .when(recordAttendance(BAPPEDA_TOBA, new Attendance(RRI_SIBOLGA, AttendanceStatus.REPRESENTED,
                        PersonalData.legacyClear("Kepala Seksi Siaran"))))
                .expectException(refusedOn(RuleViolation.class, "required", "entries[0].representedBy.subject"))
                .expectNoEvents();
    }
}
