package id.gotong.meeting;

import id.gotong.api.ActApiTestSupport;
import id.gotong.events.Sector;
import id.gotong.web.Recorded;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Meetings over HTTP: Toba's yearly SPBE forum, convened by Diskominfo, with RRI Sibolga invited though not a
 * member.
 */
class MeetingApiTest extends ActApiTestSupport {

    Registered diskominfo;
    Registered bappeda;
    Registered rri;
    String toba;

    @BeforeEach
    void tobaForum() {
        diskominfo = givenStakeholder("Dinas Komunikasi dan Informatika Kabupaten Toba", Sector.GOVERNMENT);
        bappeda = givenStakeholder("Bappeda Kabupaten Toba", Sector.GOVERNMENT);
        rri = givenStakeholder("RRI Sibolga", Sector.MEDIA);
        toba = givenCollaboration(diskominfo, bappeda);
    }

    Map<String, Object> spbeForum() {
        return Map.of(
                "title", "Forum SPBE Kabupaten Toba 2024",
                "agenda", List.of("Evaluasi indeks SPBE 2023 (2,16)", "Sosialisasi Perbup Toba 20/2023"),
                "scheduledAt", "2024-06-20T02:00:00Z",
                "formality", "FORMAL",
                "channel", "IN_PERSON",
                "invitees", List.of(bappeda.id(), rri.id()),
                "occurredAt", "2024-06-01T01:00:00Z");
    }

    String convened() {
        return accepted(201, () -> post(diskominfo, "/api/collaborations/" + toba + "/meetings", spbeForum()),
                "MeetingConvened").id();
    }

    @Test
    void givenMember_whenConveningMeeting_then201WithLocationAndMeetingConvened() {
        long next = ledger.nextPosition();
        Recorded recorded = post(diskominfo, "/api/collaborations/" + toba + "/meetings", spbeForum())
                .expectStatus().isCreated()
                .expectHeader().value(HttpHeaders.LOCATION,
                        location -> assertThat(location).matches("/api/meetings/mtg-[0-9a-f-]{36}"))
                .expectBody(Recorded.class).returnResult().getResponseBody();

        assertThat(recorded.id()).startsWith("mtg-");
        assertThat(recorded.events()).singleElement().satisfies(event -> assertThat(event.position()).isEqualTo(next));
        assertThat(storedTypes(recorded)).containsExactly("MeetingConvened");
        state("/api/meetings/" + recorded.id(), "0")
                .jsonPath("$.meetingId").isEqualTo(recorded.id())
                .jsonPath("$.collaborationId").isEqualTo(toba)
                .jsonPath("$.title").isEqualTo("Forum SPBE Kabupaten Toba 2024")
                .jsonPath("$.agenda.length()").isEqualTo(2)
                .jsonPath("$.scheduledAt").isEqualTo("2024-06-20T02:00:00Z")
                .jsonPath("$.formality").isEqualTo("FORMAL")
                .jsonPath("$.channel").isEqualTo("IN_PERSON")
                .jsonPath("$.invitees.length()").isEqualTo(2)
                .jsonPath("$.stage").isEqualTo("OPEN")
                .jsonPath("$.minutesRecorded").isEqualTo(false)
                .jsonPath("$.version").isEqualTo(0);
    }

    @Test
    void givenOpenMeeting_whenRecordingAttendance_then200AndAttendanceRecorded() {
        String meeting = convened();

        accepted(200, () -> post(bappeda, "/api/meetings/" + meeting + "/attendance", Map.of("entries", List.of(
                Map.of("stakeholderId", diskominfo.id(), "status", "PRESENT"),
                Map.of("stakeholderId", rri.id(), "status", "REPRESENTED", "representedBy", "Kepala Seksi Siaran")
        )), ifMatch("0")), "AttendanceRecorded");

        state("/api/meetings/" + meeting, "1")
                .jsonPath("$.attendanceRecordedFor.length()").isEqualTo(2);
    }

    @Test
    void givenOpenMeeting_whenRecordingMinutes_then200AndMinutesRecorded() {
        String meeting = convened();

        accepted(200, () -> post(diskominfo, "/api/meetings/" + meeting + "/minutes", Map.of(
                "summary", "The forum reviewed the 2023 SPBE index of 2.16",
                "deliberationNotes", "Agencies report data late",
                "decisions", List.of("Each agency names an SPBE data officer by August"))), "MinutesRecorded");

        state("/api/meetings/" + meeting, "1").jsonPath("$.minutesRecorded").isEqualTo(true);
    }

    @Test
    void givenOpenMeeting_whenClosingWithoutBody_then200AndMeetingClosed() {
        String meeting = convened();

        accepted(200, () -> post(bappeda, "/api/meetings/" + meeting + "/closure", null), "MeetingClosed");

        state("/api/meetings/" + meeting, "1").jsonPath("$.stage").isEqualTo("CLOSED");
    }

    @Test
    void givenOpenMeeting_whenCancelling_then200AndMeetingCancelled() {
        String meeting = convened();

        accepted(200, () -> post(diskominfo, "/api/meetings/" + meeting + "/cancellation",
                Map.of("reason", "The regent's schedule changed")), "MeetingCancelled");

        state("/api/meetings/" + meeting, "1").jsonPath("$.stage").isEqualTo("CANCELLED");
    }
}
