package id.gotong.api;

import id.gotong.events.Sector;
import id.gotong.web.Recorded;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every way a write is refused, each as RFC 9457 problem details, and each leaving the ledger exactly as it was. The
 * requests are against meetings and stakeholders; the handling is shared by every endpoint.
 */
class ErrorStatusesApiTest extends ActApiTestSupport {

    Registered diskominfo;
    Registered bappeda;
    Registered outsider;
    String toba;

    @BeforeEach
    void tobaForum() {
        diskominfo = givenStakeholder("Dinas Komunikasi dan Informatika Kabupaten Toba", Sector.GOVERNMENT);
        bappeda = givenStakeholder("Bappeda Kabupaten Toba", Sector.GOVERNMENT);
        outsider = givenStakeholder("PT Telkom Indonesia Witel Sibolga", Sector.BUSINESS);
        toba = givenCollaboration(diskominfo, bappeda);
    }

    Map<String, Object> forum() {
        Map<String, Object> body = new HashMap<>();
        body.put("title", "Forum SPBE Kabupaten Toba 2024");
        body.put("agenda", List.of("Evaluasi indeks SPBE 2023"));
        body.put("scheduledAt", "2024-06-20T02:00:00Z");
        body.put("formality", "FORMAL");
        body.put("channel", "IN_PERSON");
        return body;
    }

    String meetings() {
        return "/api/collaborations/" + toba + "/meetings";
    }

    String convened() {
        return post(diskominfo, meetings(), forum()).expectStatus().isCreated()
                .expectBody(Recorded.class).returnResult().getResponseBody().id();
    }

    /** A refusal as problem details, whether or not Spring or our rules produced it, that appended nothing. */
    WebTestClient.BodyContentSpec problem(int status, Supplier<WebTestClient.ResponseSpec> request) {
        long next = ledger.nextPosition();
        WebTestClient.BodyContentSpec problem = request.get()
                .expectStatus().isEqualTo(status)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.status").isEqualTo(status);
        assertThat(ledger.nextPosition()).as("a refused request appends nothing").isEqualTo(next);
        return problem;
    }

    WebTestClient.ResponseSpec postRaw(Registered caller, String uri, MediaType type, String body) {
        return web.post().uri(uri).headers(h -> h.setBearerAuth(caller.credential()))
                .contentType(type).bodyValue(body).exchange();
    }

    @Test
    void givenMalformedJson_whenConvening_then400() {
        problem(400, () -> postRaw(diskominfo, meetings(), MediaType.APPLICATION_JSON, "{\"title\": \"Forum"));
    }

    @Test
    void givenBlankTitle_whenConvening_then400NamingFieldAndRule() {
        Map<String, Object> body = forum();
        body.put("title", " ");

        refused(400, "not-blank", () -> post(diskominfo, meetings(), body)).jsonPath("$.field").isEqualTo("title");
    }

    @Test
    void givenNullAgendaItem_whenConvening_then400NamingTheItem() {
        Map<String, Object> body = forum();
        body.put("agenda", Arrays.asList("Evaluasi indeks SPBE 2023", null));

        refused(400, "not-blank", () -> post(diskominfo, meetings(), body)).jsonPath("$.field").isEqualTo("agenda[1]");
    }

    @Test
    void givenNullAttendanceEntry_whenRecordingAttendance_then400NamingTheEntry() {
        String meeting = convened();
        Map<String, Object> body = new HashMap<>();
        body.put("entries", Arrays.asList((Object) null));

        refused(400, "not-null", () -> post(diskominfo, "/api/meetings/" + meeting + "/attendance", body))
                .jsonPath("$.field").isEqualTo("entries[0]");
    }

    @Test
    void givenUnknownProperty_whenConvening_then400() {
        Map<String, Object> body = forum();
        body.put("actor", bappeda.id());

        problem(400, () -> post(diskominfo, meetings(), body));
    }

    @Test
    void givenPathIdOutsideTheIdShape_whenActingOnMeeting_then400NamingThePathVariable() {
        refused(400, "pattern", () -> post(diskominfo, "/api/meetings/mtg!1/closure", null))
                .jsonPath("$.field").isEqualTo("meetingId");
        refused(400, "pattern", () -> web.get().uri("/api/meetings/" + "m".repeat(101)).exchange())
                .jsonPath("$.field").isEqualTo("meetingId");
    }

    @Test
    void givenNoCredential_whenConvening_then401() {
        refused(401, "credential-valid", () -> web.post().uri(meetings())
                .contentType(MediaType.APPLICATION_JSON).bodyValue(forum()).exchange())
                .jsonPath("$.field").isEqualTo("Authorization");
    }

    @Test
    void givenUnknownCredential_whenConvening_then401WithBearerChallenge() {
        long next = ledger.nextPosition();
        web.post().uri(meetings()).headers(h -> h.setBearerAuth("not-a-credential"))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(forum()).exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().valueEquals(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .expectBody().jsonPath("$.rule").isEqualTo("credential-valid");
        assertThat(ledger.nextPosition()).isEqualTo(next);
    }

    @Test
    void givenNonMember_whenConvening_then403() {
        refused(403, "members-only", () -> post(outsider, meetings(), forum()));
    }

    @Test
    void givenStakeholderThatIsNotTheOperator_whenRegisteringStakeholder_then403() {
        refused(403, "operator-only", () -> post(diskominfo, "/api/stakeholders",
                Map.of("name", "Kelompok Sadar Wisata Meat", "sector", "COMMUNITY")));
    }

    @Test
    void givenUnknownCollaboration_whenConvening_then404() {
        refused(404, "collaboration-exists", () -> post(diskominfo, "/api/collaborations/col-unknown/meetings",
                forum()));
    }

    @Test
    void givenUnknownMeeting_whenClosingOrReadingIt_then404() {
        refused(404, "resource-exists", () -> post(diskominfo, "/api/meetings/mtg-unknown/closure", null));
        refused(404, "resource-exists", () -> web.get().uri("/api/meetings/mtg-unknown").exchange());
    }

    @Test
    void givenCollaborationId_whenReadOrActedOnAsMeeting_then404() {
        refused(404, "resource-exists", () -> web.get().uri("/api/meetings/" + toba).exchange());
        refused(404, "resource-exists", () -> post(diskominfo, "/api/meetings/" + toba + "/closure", null));
    }

    @Test
    void givenMeetingChangedSinceRead_whenClosingWithStaleIfMatch_then409() {
        String meeting = convened();
        post(diskominfo, "/api/meetings/" + meeting + "/minutes", Map.of("summary", "Index reviewed"))
                .expectStatus().isOk();

        refused(409, "version-matches", () -> post(bappeda, "/api/meetings/" + meeting + "/closure", null,
                ifMatch("0"))).jsonPath("$.field").isEqualTo("If-Match");
        state("/api/meetings/" + meeting, "1").jsonPath("$.stage").isEqualTo("OPEN");
    }

    @Test
    void givenIfMatchAheadOfTheMeeting_whenClosing_then409() {
        String meeting = convened();

        refused(409, "version-matches", () -> post(bappeda, "/api/meetings/" + meeting + "/closure", null,
                ifMatch("5")));
    }

    @Test
    void givenClosedMeeting_whenClosingAgain_then409() {
        String meeting = convened();
        post(diskominfo, "/api/meetings/" + meeting + "/closure", null).expectStatus().isOk();

        refused(409, "meeting-open", () -> post(bappeda, "/api/meetings/" + meeting + "/closure", null));
    }

    @Test
    void givenBodyOverTheLimit_whenRecordingMinutes_then413() {
        String meeting = convened();
        String summary = "x".repeat(300 * 1024);

        problem(413, () -> post(diskominfo, "/api/meetings/" + meeting + "/minutes", Map.of("summary", summary)))
                .jsonPath("$.rule").isEqualTo("body-size-limit");
    }

    @Test
    void givenPlainText_whenConvening_then415() {
        problem(415, () -> postRaw(diskominfo, meetings(), MediaType.TEXT_PLAIN, "Forum SPBE"));
    }

    @Test
    void givenOccurredAtInTheFuture_whenConvening_then422() {
        Map<String, Object> body = forum();
        body.put("occurredAt", Instant.now().plus(2, ChronoUnit.DAYS).toString());

        refused(422, "occurred-not-in-future", () -> post(diskominfo, meetings(), body))
                .jsonPath("$.field").isEqualTo("occurredAt");
    }

    @Test
    void givenSameIdempotencyKeyAndBody_whenConveningAgain_thenFirstAnswerAndNothingAppended() {
        String key = unique("convene");
        Recorded first = post(diskominfo, meetings(), forum(), h -> h.set("Idempotency-Key", key))
                .expectStatus().isCreated()
                .expectBody(Recorded.class).returnResult().getResponseBody();
        long next = ledger.nextPosition();

        Recorded again = post(diskominfo, meetings(), forum(), h -> h.set("Idempotency-Key", key))
                .expectStatus().isCreated()
                .expectHeader().valueEquals(HttpHeaders.LOCATION, "/api/meetings/" + first.id())
                .expectBody(Recorded.class).returnResult().getResponseBody();

        assertThat(again).isEqualTo(first);
        assertThat(ledger.nextPosition()).isEqualTo(next);
    }

    @Test
    void givenUsedIdempotencyKey_whenSentWithAnotherBody_then422() {
        String key = unique("convene");
        post(diskominfo, meetings(), forum(), h -> h.set("Idempotency-Key", key)).expectStatus().isCreated();
        Map<String, Object> other = forum();
        other.put("title", "Forum SPBE Kabupaten Toba 2025");

        refused(422, "idempotency-key-reused", () -> post(diskominfo, meetings(), other,
                h -> h.set("Idempotency-Key", key))).jsonPath("$.field").isEqualTo("Idempotency-Key");
    }

    @Test
    void givenUsedIdempotencyKey_whenSentWithSameBodyToAnotherMeeting_then422() {
        String first = convened();
        String second = convened();
        String key = unique("close");
        post(diskominfo, "/api/meetings/" + first + "/closure", Map.of(), h -> h.set("Idempotency-Key", key))
                .expectStatus().isOk();

        refused(422, "idempotency-key-reused", () -> post(diskominfo, "/api/meetings/" + second + "/closure",
                Map.of(), h -> h.set("Idempotency-Key", key)));
    }
}
