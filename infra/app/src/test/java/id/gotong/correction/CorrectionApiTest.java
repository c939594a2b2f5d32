package id.gotong.correction;

import id.gotong.api.ActApiTestSupport;
import id.gotong.events.Sector;
import id.gotong.web.Recorded;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;

import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Corrections over HTTP: a mistyped tourist-visit figure is corrected by its recorder or the secretary. */
class CorrectionApiTest extends ActApiTestSupport {

    Registered disbudpar;
    Registered perdagangan;
    Registered diskominfo;
    String collaboration;
    String reportedEvent;

    @BeforeEach
    void anOutcomeWithATypo() {
        disbudpar = givenStakeholder("Dinas Kebudayaan dan Pariwisata Kota Surakarta", Sector.GOVERNMENT);
        perdagangan = givenStakeholder("Dinas Perdagangan Kota Surakarta", Sector.GOVERNMENT);
        diskominfo = givenStakeholder("Diskominfo SP Kota Surakarta", Sector.GOVERNMENT);
        collaboration = givenCollaboration(disbudpar, perdagangan, diskominfo);
        reportedEvent = post(disbudpar, "/api/collaborations/" + collaboration + "/outcomes", Map.of(
                "indicator", "Tourist visits", "period", "2022", "value", 1017430, "unit", "visits"))
                .expectStatus().isCreated()
                .expectBody(Recorded.class).returnResult().getResponseBody()
                .events().get(0).eventId();
    }

    Map<String, Object> correctionOf(String eventId) {
        Map<String, Object> body = new HashMap<>();
        body.put("collaborationId", collaboration);
        body.put("correctedEventId", eventId);
        body.put("correctedFields", Map.of("value", "1017403"));
        body.put("reason", "Digits transposed; the BPS figure is 1,017,403");
        return body;
    }

    @Test
    void givenOwnEvent_whenRecorderCorrects_then201WithLocationAndRecordCorrected() {
        long next = ledger.nextPosition();
        Recorded recorded = post(disbudpar, "/api/corrections", correctionOf(reportedEvent))
                .expectStatus().isCreated()
                .expectHeader().value(HttpHeaders.LOCATION, location -> assertThat(location).matches(
                        "/api/corrections/cor-[0-9a-f-]{36}"))
                .expectBody(Recorded.class).returnResult().getResponseBody();

        assertThat(recorded.events()).singleElement().satisfies(e -> assertThat(e.position()).isEqualTo(next));
        assertThat(storedTypes(recorded)).containsExactly("RecordCorrected");
        state("/api/corrections/" + recorded.id(), "0")
                .jsonPath("$.correctionId").isEqualTo(recorded.id())
                .jsonPath("$.collaborationId").isEqualTo(collaboration)
                .jsonPath("$.correctedBy").isEqualTo(disbudpar.id())
                .jsonPath("$.correctedEventId").isEqualTo(reportedEvent)
                .jsonPath("$.correctedFields.value").isEqualTo("1017403")
                .jsonPath("$.reason").isEqualTo("Digits transposed; the BPS figure is 1,017,403");
    }

    @Test
    void givenAnotherMembersEvent_whenSecretaryCorrects_thenRecordCorrected() {
        accepted(201, () -> post(diskominfo, "/api/corrections", correctionOf(reportedEvent)), "RecordCorrected");
    }

    @Test
    void givenAnotherMembersEvent_whenMemberWhoIsNeitherRecorderNorSecretaryCorrects_then403() {
        refused(403, "recorder-or-secretary-corrects",
                () -> post(perdagangan, "/api/corrections", correctionOf(reportedEvent)));
    }

    @Test
    void givenNoSuchEvent_whenCorrecting_then422() {
        refused(422, "corrected-event-exists", () -> post(disbudpar, "/api/corrections",
                correctionOf("00000000-0000-0000-0000-000000000000")))
                .jsonPath("$.field").isEqualTo("correctedEventId");
    }

    @Test
    void givenEventOfAnotherCollaboration_whenCorrecting_then422() {
        Map<String, Object> body = correctionOf(reportedEvent);
        body.put("collaborationId", givenCollaboration(disbudpar, perdagangan));

        refused(422, "correction-within-collaboration", () -> post(disbudpar, "/api/corrections", body));
    }

    @Test
    void givenNoSuchCollaboration_whenCorrecting_then404() {
        Map<String, Object> body = correctionOf(reportedEvent);
        body.put("collaborationId", "col-none");

        refused(404, "collaboration-exists", () -> post(disbudpar, "/api/corrections", body));
    }

    @Test
    void givenNoCorrectedFields_whenCorrecting_then400() {
        Map<String, Object> body = correctionOf(reportedEvent);
        body.put("correctedFields", Map.of());

        refused(400, "not-empty", () -> post(disbudpar, "/api/corrections", body))
                .jsonPath("$.field").isEqualTo("correctedFields");
    }

    @Test
    void givenCorrectedFieldWithoutValue_whenCorrecting_then400() {
        Map<String, Object> body = correctionOf(reportedEvent);
        Map<String, Object> fields = new HashMap<>();
        fields.put("value", null);
        body.put("correctedFields", fields);

        refused(400, "not-null", () -> post(disbudpar, "/api/corrections", body));
    }

    @Test
    void givenNoSuchCorrection_whenReading_then404() {
        web.get().uri("/api/corrections/cor-none").exchange()
                .expectStatus().isNotFound()
                .expectBody().jsonPath("$.rule").isEqualTo("resource-exists");
    }
}
