package id.gotong.api;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import id.gotong.events.Sector;
import id.gotong.web.AccessLog;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Every refused request leaves one line on {@code gotong.access}: who, from where, what, and by which rule. */
class AccessLogApiTest extends ActApiTestSupport {

    private final Logger access = (Logger) LoggerFactory.getLogger(AccessLog.LOGGER);
    private final ListAppender<ILoggingEvent> lines = new ListAppender<>();

    @BeforeEach
    void listen() {
        lines.start();
        access.addAppender(lines);
    }

    @AfterEach
    void stopListening() {
        access.detachAppender(lines);
    }

    private List<String> logged() {
        return lines.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
    }

    @Test
    void aRequestWithoutCredentialIsLoggedAsAnonymousWithItsAddress() {
        web.post().uri("/api/collaborations").contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of())
           .exchange().expectStatus().isUnauthorized();

        assertThat(logged()).singleElement().asString()
                .startsWith("refused status=401 rule=credential-valid who=anonymous from=127.0.0.1 method=POST"
                        + " path=/api/collaborations command=- detail=");
    }

    @Test
    void anUnknownCredentialIsLoggedWithoutTheToken() {
        web.get().uri("/api/stakeholders/someone").headers(h -> h.setBearerAuth("gtg_guessed-token"))
           .exchange().expectStatus().isUnauthorized();

        assertThat(logged()).singleElement().asString()
                .contains("status=401 rule=credential-valid who=anonymous", "path=/api/stakeholders/someone",
                        "unknown, revoked or expired")
                .doesNotContain("gtg_guessed-token");
    }

    @Test
    void anActTheAggregateRefusesIsLoggedWithTheCallerTheEndpointAndTheRule() {
        Registered lead = givenStakeholder("Dinas Pariwisata", Sector.GOVERNMENT);
        Registered stranger = givenStakeholder("Dinas Lain", Sector.GOVERNMENT);
        String collaboration = givenCollaboration(lead);

        refused(403, "members-only", () -> post(stranger, "/api/collaborations/" + collaboration + "/goals",
                Map.of("kind", "GOAL", "statement", "Not mine to propose")));

        assertThat(logged()).singleElement().asString()
                .startsWith("refused status=403 rule=members-only who=" + stranger.id() + " roles=stakeholder"
                        + " from=127.0.0.1 method=POST path=/api/collaborations/" + collaboration + "/goals"
                        + " command=SharedGoalEndpoints.");
    }

    @Test
    void aRoleTheFilterChainRefusesIsLoggedWithTheRole() {
        String auditor = credentials.issueAuditor(unique("aud"));

        web.post().uri("/api/collaborations").headers(h -> h.setBearerAuth(auditor))
           .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of()).exchange()
           .expectStatus().isForbidden()
           .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
           .expectBody().jsonPath("$.rule").isEqualTo("role-required");

        assertThat(logged()).singleElement().asString()
                .contains("status=403 rule=role-required who=aud-", "roles=auditor", "path=/api/collaborations");
    }

    @Test
    void anEncodedLineBreakInThePathIsRefusedBeforeAnyEndpoint() {
        web.post().uri("/api/collaborations/x%0Arefused%20status=200/goals").contentType(MediaType.APPLICATION_JSON)
           .bodyValue(Map.of()).exchange().expectStatus().isBadRequest()
           .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
           .expectBody().jsonPath("$.rule").isEqualTo("request-rejected");

        assertThat(logged()).noneMatch(line -> line.contains("\n") || line.contains("status=200"));
    }

    @Test
    void controlCharactersInLoggedTextCannotForgeALine() {
        var exchange = org.springframework.mock.web.server.MockServerWebExchange.from(
                org.springframework.mock.http.server.reactive.MockServerHttpRequest.post("/api/x").build());

        AccessLog.refused(exchange, 403, "some-rule\r\nrefused status=200", null, "first\nrefused status=200 rule=x");

        assertThat(logged()).singleElement().asString()
                .doesNotContain("\n").doesNotContain("\r")
                .startsWith("refused status=403 rule=some-rule??refused status=200 who=anonymous");
    }

    @Test
    void anAcceptedRequestIsNotLogged() {
        web.get().uri("/api/feed").exchange().expectStatus().isOk();

        assertThat(logged()).isEmpty();
    }
}
