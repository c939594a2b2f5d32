package id.gotong.security;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import id.gotong.GotongApplication;
import id.gotong.stakeholder.RegisterStakeholder;
import id.gotong.events.Sector;
import id.gotong.web.AccessLog;
import id.gotong.web.Credentials;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A low limit in a context of its own: three requests per credential and two per anonymous address, refilled at one
 * per thousand seconds, so the next request is refused with 429 and a Retry-After of about 1000 s.
 */
@SpringBootTest(classes = GotongApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"gotong.rate-limit.credential.capacity=3", "gotong.rate-limit.credential.per-second=0.001",
                "gotong.rate-limit.anonymous.capacity=2", "gotong.rate-limit.anonymous.per-second=0.001"})
@AutoConfigureWebTestClient(timeout = "30s")
class RateLimitTest {

    static Path dataDir;

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) throws IOException {
        dataDir = Files.createTempDirectory("gotong-rate-limit-test");
        registry.add("gotong.mongodb.data-dir", dataDir::toString);
    }

    @BeforeAll
    static void quiet() {
        GotongApplication.quietAxonDefaults();
    }

    @Autowired
    WebTestClient web;
    @Autowired
    CommandGateway commands;
    @Autowired
    Credentials credentials;

    private String stakeholder() {
        String id = "stk-" + UUID.randomUUID().toString().substring(0, 8);
        commands.sendAndWait(new RegisterStakeholder(id, "operator", null, "Dinas " + id, Sector.GOVERNMENT, null, null));
        return id;
    }

    private WebTestClient.ResponseSpec read(String token, String id) {
        return web.get().uri("/api/stakeholders/" + id).headers(h -> h.setBearerAuth(token)).exchange();
    }

    @Test
    void aCredentialOverItsLimitIsAnswered429WithRetryAfterAndOtherCredentialsGoOn() {
        String a = stakeholder();
        String b = stakeholder();
        String tokenA = credentials.issue(a);
        String tokenB = credentials.issue(b);
        Logger access = (Logger) LoggerFactory.getLogger(AccessLog.LOGGER);
        ListAppender<ILoggingEvent> lines = new ListAppender<>();
        lines.start();
        access.addAppender(lines);
        try {
            for (int i = 0; i < 3; i++) {
                read(tokenA, a).expectStatus().isOk();
            }
            var refused = read(tokenA, a).expectStatus().isEqualTo(429)
                    .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .expectBody().jsonPath("$.rule").isEqualTo("rate-limit")
                    .jsonPath("$.status").isEqualTo(429)
                    .returnResult();
            long retryAfter = Long.parseLong(refused.getResponseHeaders().getFirst(HttpHeaders.RETRY_AFTER));
            assertThat(retryAfter).isBetween(990L, 1000L);
            read(tokenB, b).expectStatus().isOk();
            assertThat(lines.list).extracting(ILoggingEvent::getFormattedMessage).singleElement().asString()
                    .startsWith("refused status=429 rule=rate-limit who=" + a + " roles=stakeholder from=127.0.0.1"
                            + " method=GET path=/api/stakeholders/" + a);
        } finally {
            access.detachAppender(lines);
        }
    }

    @Test
    void anonymousRequestsAreLimitedPerAddress() {
        web.get().uri("/api/feed").exchange().expectStatus().isOk();
        web.get().uri("/api/collaborations").exchange().expectStatus().isOk();
        web.get().uri("/api/feed").exchange().expectStatus().isEqualTo(429)
           .expectHeader().exists(HttpHeaders.RETRY_AFTER)
           .expectBody().jsonPath("$.rule").isEqualTo("rate-limit");
    }
}
