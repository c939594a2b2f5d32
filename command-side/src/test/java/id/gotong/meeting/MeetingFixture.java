package id.gotong.meeting;

import id.gotong.events.MeetingEvent.Attendance;
import id.gotong.events.PersonalData;
import id.gotong.events.MeetingEvent.AttendanceRecorded;
import id.gotong.events.MeetingEvent.AttendanceStatus;
import id.gotong.events.MeetingEvent.Channel;
import id.gotong.events.MeetingEvent.Formality;
import id.gotong.events.MeetingEvent.MeetingCancelled;
import id.gotong.events.MeetingEvent.MeetingClosed;
import id.gotong.events.MeetingEvent.MeetingConvened;
import id.gotong.events.MeetingEvent.MinutesRecorded;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import static id.gotong.collaboration.CollaborationFixture.TOBA;
import static id.gotong.collaboration.Recording.provenance;
import static id.gotong.stakeholder.StakeholderFixture.BAPPEDA_TOBA;
import static id.gotong.stakeholder.StakeholderFixture.DISKOMINFO_TOBA;
import static id.gotong.stakeholder.StakeholderFixture.RRI_SIBOLGA;

/**
 * Toba's yearly SPBE forum, convened by Diskominfo by letter of invitation to Bappeda and RRI Sibolga (invited but not
 * a member). The other members (the regional secretariat, IT Del) are not invited by name.
 */
public final class MeetingFixture {

    public static final String FORUM = "forum-spbe-toba-2024";
    public static final String TITLE = "Forum SPBE Kabupaten Toba 2024";
    public static final List<String> AGENDA = List.of("Evaluasi indeks SPBE 2023 (2,16)",
            "Menuju target RPJMD 3,39 pada 2026", "Sosialisasi Perbup Toba 20/2023");
    public static final Instant SCHEDULED_AT = Instant.parse("2024-06-20T02:00:00Z");
    public static final Set<String> INVITEES = Set.of(BAPPEDA_TOBA, RRI_SIBOLGA);

    private MeetingFixture() {
    }

    public static ConveneMeeting conveneForum() {
        return new ConveneMeeting(FORUM, DISKOMINFO_TOBA, null, TOBA, TITLE, AGENDA, SCHEDULED_AT, Formality.FORMAL,
                Channel.IN_PERSON, INVITEES);
    }

    public static MeetingConvened convenedMeeting() {
        return new MeetingConvened(FORUM, provenance(MeetingConvened.class, DISKOMINFO_TOBA, TOBA), TITLE, AGENDA,
                SCHEDULED_AT, Formality.FORMAL, Channel.IN_PERSON, INVITEES);
    }

    public static MeetingCancelled cancelledMeeting() {
        return new MeetingCancelled(FORUM, provenance(MeetingCancelled.class, DISKOMINFO_TOBA, TOBA),
                "The regent's schedule changed");
    }

    public static MeetingClosed closedMeeting() {
        return new MeetingClosed(FORUM, provenance(MeetingClosed.class, BAPPEDA_TOBA, TOBA));
    }

    public static RecordAttendance recordAttendance(String actor, Attendance... entries) {
        return new RecordAttendance(FORUM, actor, null, List.of(entries));
    }

    public static AttendanceRecorded attendanceRecorded(String actor, Attendance... entries) {
        return new AttendanceRecorded(FORUM, provenance(AttendanceRecorded.class, actor, TOBA), List.of(entries));
    }

    public static Attendance present(String stakeholderId) {
        return new Attendance(stakeholderId, AttendanceStatus.PRESENT, null);
    }

    public static Attendance absent(String stakeholderId) {
        return new Attendance(stakeholderId, AttendanceStatus.ABSENT, null);
    }

    /** Represented by a private person, under a data subject named after them. */
    public static Attendance represented(String stakeholderId, String representedBy) {
        return new Attendance(stakeholderId, AttendanceStatus.REPRESENTED, person(representedBy));
    }

    public static PersonalData person(String name) {
        return PersonalData.of("ds-" + name.toLowerCase().replace(' ', '-'), name);
    }

    public static RecordMinutes recordMinutes(String actor) {
        return new RecordMinutes(FORUM, actor, null, "The forum reviewed the 2023 SPBE index of 2.16",
                "Agencies report data late; private partners rarely attend",
                List.of("Each agency names an SPBE data officer by August", "Next forum in December"));
    }

    public static MinutesRecorded minutesRecorded(String actor) {
        return new MinutesRecorded(FORUM, provenance(MinutesRecorded.class, actor, TOBA),
                "The forum reviewed the 2023 SPBE index of 2.16",
                "Agencies report data late; private partners rarely attend",
                List.of("Each agency names an SPBE data officer by August", "Next forum in December"));
    }
}
