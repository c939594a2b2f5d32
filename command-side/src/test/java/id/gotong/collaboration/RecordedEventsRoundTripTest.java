package id.gotong.collaboration;

import id.gotong.eventjson.EventJson;
import id.gotong.events.CollaborationAct;
import id.gotong.events.CollaborationEvent.DriverKind;
import id.gotong.events.CollaborationEvent.DriverRecorded;
import id.gotong.events.CollaborationEvent.EventCalendarPublished;
import id.gotong.events.CollaborationEvent.MemberRoleChanged;
import id.gotong.events.CollaborationEvent.PlannedEvent;
import id.gotong.events.MeetingEvent.AttendanceRecorded;
import id.gotong.events.Role;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import static id.gotong.collaboration.CollaborationFixture.TOBA;
import static id.gotong.collaboration.CollaborationFixture.admitted;
import static id.gotong.collaboration.CollaborationFixture.diskominfoAdmittedAsLead;
import static id.gotong.collaboration.CollaborationFixture.leadHandedTo;
import static id.gotong.collaboration.CollaborationFixture.tobaCollaborationRegistered;
import static id.gotong.collaboration.CollaborationFixture.withdrew;
import static id.gotong.collaboration.Recording.provenance;
import static id.gotong.goal.SharedGoalFixture.REVISED_STATEMENT;
import static id.gotong.goal.SharedGoalFixture.dissented;
import static id.gotong.goal.SharedGoalFixture.endorsed;
import static id.gotong.goal.SharedGoalFixture.revised;
import static id.gotong.goal.SharedGoalFixture.spbeTargetProposed;
import static id.gotong.meeting.MeetingFixture.absent;
import static id.gotong.meeting.MeetingFixture.attendanceRecorded;
import static id.gotong.meeting.MeetingFixture.cancelledMeeting;
import static id.gotong.meeting.MeetingFixture.closedMeeting;
import static id.gotong.meeting.MeetingFixture.convenedMeeting;
import static id.gotong.meeting.MeetingFixture.minutesRecorded;
import static id.gotong.meeting.MeetingFixture.present;
import static id.gotong.meeting.MeetingFixture.represented;
import static id.gotong.stakeholder.StakeholderFixture.BAPPEDA_TOBA;
import static id.gotong.stakeholder.StakeholderFixture.IT_DEL;
import static id.gotong.stakeholder.StakeholderFixture.RRI_SIBOLGA;
import static id.gotong.stakeholder.StakeholderFixture.diskominfoTobaRegistered;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every event of the stakeholder, collaboration, meeting and shared-goal aggregates survives the trip through JSON
 * with the event serializer's settings ({@code EventJson}, which infra's {@code GotongJson.events} builds on), and
 * says its revision. Personal data goes through as a plain record here; infra's serializer seals it
 * ({@code PersonalDataInTheStoreTest}).
 */
class RecordedEventsRoundTripTest {

    /** The application's event serializer, without the personal-data sealing the store adds. */
    static final Serializer EVENTS = EventJson.serializer();

    static Stream<CollaborationAct> events() {
        return Stream.of(
                diskominfoTobaRegistered(),
                tobaCollaborationRegistered(), diskominfoAdmittedAsLead(), admitted(IT_DEL, Role.MEMBER),
                new MemberRoleChanged(TOBA, provenance(MemberRoleChanged.class, BAPPEDA_TOBA, TOBA), IT_DEL,
                        Role.MEMBER, Role.WORKING_GROUP_COORDINATOR),
                withdrew(IT_DEL, Role.MEMBER, "Semester break"), leadHandedTo(BAPPEDA_TOBA, "Team reformed"),
                new DriverRecorded(TOBA, provenance(DriverRecorded.class, IT_DEL, TOBA), DriverKind.UNCERTAINTY,
                        "28 areas have no signal"),
                new EventCalendarPublished(TOBA, provenance(EventCalendarPublished.class, BAPPEDA_TOBA, TOBA),
                        List.of(new PlannedEvent("Forum SPBE Kabupaten Toba", LocalDate.of(2024, 8, 15), null))),
                convenedMeeting(), cancelledMeeting(), minutesRecorded(BAPPEDA_TOBA), closedMeeting(),
                attendanceRecorded(BAPPEDA_TOBA, present(BAPPEDA_TOBA), absent(IT_DEL),
                        represented(RRI_SIBOLGA, "Kepala Seksi Siaran")),
                spbeTargetProposed(), endorsed(BAPPEDA_TOBA, 1), dissented(IT_DEL, 1, "Too fast"),
                revised(IT_DEL, 2, REVISED_STATEMENT, "A 2025 milestone"));
    }

    @ParameterizedTest
    @MethodSource("events")
    void survivesTheLedger(CollaborationAct event) {
        SerializedObject<String> stored = EVENTS.serialize(event, String.class);

        assertThat(stored.getType().getRevision()).isEqualTo(event instanceof AttendanceRecorded ? "2" : "1");
        assertThat((Object) EVENTS.deserialize(stored)).isEqualTo(event);
    }
}
