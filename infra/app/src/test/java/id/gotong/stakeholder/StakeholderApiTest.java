package id.gotong.stakeholder;

import id.gotong.api.ActApiTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Registering stakeholders over HTTP: the operator registers Diskominfo Toba and hands it its credential. */
class StakeholderApiTest extends ActApiTestSupport {

    static final Map<String, Object> DISKOMINFO_TOBA = Map.of(
            "name", "Dinas Komunikasi dan Informatika Kabupaten Toba",
            "sector", "GOVERNMENT",
            "region", "Kabupaten Toba",
            "parentOrganisation", "Pemerintah Kabupaten Toba");

    @Test
    void givenOperator_whenRegisteringStakeholder_then201WithLocationCredentialAndStakeholderRegistered() {
        long next = ledger.nextPosition();
        Map<String, Object> answer = web.post().uri("/api/stakeholders")
                .headers(h -> h.setBearerAuth(operatorToken()))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(DISKOMINFO_TOBA)
                .exchange()
                .expectStatus().isCreated()
                .expectHeader().value(HttpHeaders.LOCATION,
                        location -> assertThat(location).matches("/api/stakeholders/stk-[0-9a-f-]{36}"))
                .expectBody(new ParameterizedTypeReference<Map<String, Object>>() { })
                .returnResult().getResponseBody();

        assertThat(answer).containsOnlyKeys("id", "credential", "events");
        String id = (String) answer.get("id");
        assertThat(id).startsWith("stk-");
        assertThat((String) answer.get("credential")).isNotBlank();
        assertThat((List<?>) answer.get("events")).singleElement()
                .satisfies(event -> assertThat(((Map<?, ?>) event).get("position")).isEqualTo((int) next));
        assertThat(ledger.nextPosition()).isEqualTo(next + 1);

        state("/api/stakeholders/" + id, "0")
                .jsonPath("$.stakeholderId").isEqualTo(id)
                .jsonPath("$.name").isEqualTo("Dinas Komunikasi dan Informatika Kabupaten Toba")
                .jsonPath("$.sector").isEqualTo("GOVERNMENT")
                .jsonPath("$.region").isEqualTo("Kabupaten Toba")
                .jsonPath("$.parentOrganisation").isEqualTo("Pemerintah Kabupaten Toba")
                .jsonPath("$.registeredAt").isNotEmpty()
                .jsonPath("$.version").isEqualTo(0);
    }

    @Test
    void givenNewStakeholder_whenItUsesTheIssuedCredential_thenItIsAuthenticatedButNotTheOperator() {
        Registered itDel = registerStakeholder("Institut Teknologi Del", "ACADEMIA");

        refused(403, "operator-only", () -> post(itDel, "/api/stakeholders", DISKOMINFO_TOBA));
    }

    @Test
    void givenRetryWithSameIdempotencyKey_whenRegistering_thenSameStakeholderAFreshCredentialAndNothingAppended() {
        String key = unique("register");
        Map<String, Object> first = registerWithKey(key);
        long next = ledger.nextPosition();

        Map<String, Object> again = registerWithKey(key);

        assertThat(again.get("id")).isEqualTo(first.get("id"));
        assertThat(again.get("events")).isEqualTo(first.get("events"));
        assertThat((String) again.get("credential")).isNotBlank().isNotEqualTo(first.get("credential"));
        assertThat(ledger.nextPosition()).isEqualTo(next);
    }

    Map<String, Object> registerWithKey(String key) {
        return web.post().uri("/api/stakeholders")
                .headers(h -> h.setBearerAuth(operatorToken()))
                .header("Idempotency-Key", key)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(DISKOMINFO_TOBA)
                .exchange()
                .expectStatus().isCreated()
                .expectBody(new ParameterizedTypeReference<Map<String, Object>>() { })
                .returnResult().getResponseBody();
    }

    @Test
    void givenPastDate_whenRegistering_thenOccurredAtIsKeptAndRegisteredAtShowsIt() {
        Map<String, Object> body = new java.util.HashMap<>(DISKOMINFO_TOBA);
        body.put("occurredAt", "2022-03-01T00:00:00Z");
        String id = web.post().uri("/api/stakeholders")
                .headers(h -> h.setBearerAuth(operatorToken()))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body)
                .exchange()
                .expectStatus().isCreated()
                .expectBody().returnResult().getResponseHeaders().getLocation().getPath();

        state(id, "0").jsonPath("$.registeredAt").isEqualTo("2022-03-01T00:00:00Z");
    }
}
