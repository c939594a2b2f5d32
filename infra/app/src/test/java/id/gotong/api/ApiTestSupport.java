package id.gotong.api;

import id.gotong.GotongApplication;
import id.gotong.collaboration.AdmitMember;
import id.gotong.collaboration.RegisterCollaboration;
import id.gotong.events.MeetingCadence;
import id.gotong.events.Role;
import id.gotong.events.Sector;
import id.gotong.events.SmartCityDimension;
import id.gotong.stakeholder.RegisterStakeholder;
import id.gotong.web.Caller;
import id.gotong.web.Credentials;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The whole application over real HTTP on the embedded store. Every API test class extends this, so they share one
 * application context (one data directory per test JVM) and test data is kept apart by unique ids, not by restarts.
 */
@SpringBootTest(classes = GotongApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
// A first read of a cold path can take more than the 5 s default on a busy 2-core machine.
@AutoConfigureWebTestClient(timeout = "30s")
@ExtendWith(ObservedStatuses.Finished.class)
public abstract class ApiTestSupport {

    static final Path DATA_DIR = createDataDir();

    private static Path createDataDir() {
        try {
            return Files.createTempDirectory("gotong-api-test");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @DynamicPropertySource
    static void embeddedStore(DynamicPropertyRegistry registry) {
        registry.add("gotong.mongodb.data-dir", DATA_DIR::toString);
        registry.add("gotong.demo.enabled", () -> "false");
        // Tests assert exact event counts; the scheduler must not append system acts in between.
        registry.add("gotong.deadlines.interval", () -> "1h");
    }

    @BeforeAll
    static void quiet() {
        GotongApplication.quietAxonDefaults();
    }

    /** The application's test client; it records each answer's status for {@link DocumentedStatusesApiTest}. */
    protected WebTestClient web;
    @Autowired
    protected CommandGateway commands;
    @Autowired
    protected Credentials credentials;

    @Autowired
    void web(WebTestClient client) {
        web = client.mutate().filter(ObservedStatuses.recordedFor(getClass())).build();
    }

    /**
     * Test setup without going through HTTP: a registered stakeholder with a credential. Endpoint tests use it for
     * the parties they need, and HTTP only for the endpoint under test.
     */
    protected Registered givenStakeholder(String name, Sector sector) {
        String id = unique("stk");
        commands.sendAndWait(new RegisterStakeholder(id, Caller.OPERATOR_ID, null, name, sector, "Kabupaten Toba", null));
        return new Registered(id, credentials.issue(id));
    }

    /** A collaboration led by {@code lead}, with the other stakeholders admitted as members (the last as secretary). */
    protected String givenCollaboration(Registered lead, Registered... members) {
        String id = unique("col");
        commands.sendAndWait(new RegisterCollaboration(id, lead.id(), null, "Toba Smart Governance", "Kabupaten Toba",
                Set.of(SmartCityDimension.GOVERNANCE), List.of("Keputusan Bupati Toba 724/2022"), lead.id(),
                MeetingCadence.YEARLY));
        for (int i = 0; i < members.length; i++) {
            Role role = i == members.length - 1 ? Role.SECRETARY : Role.MEMBER;
            commands.sendAndWait(new AdmitMember(id, lead.id(), null, members[i].id(), role, null));
        }
        return id;
    }

    /** The operator's bearer token, from the file the application writes on first start. */
    protected static String operatorToken() {
        try {
            return Files.readString(DATA_DIR.resolve("operator.credential")).trim();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A unique suffix, so tests sharing the application never collide. */
    protected static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** Registers a stakeholder as the operator and returns its id and credential. */
    protected Registered registerStakeholder(String name, String sector) {
        Map<?, ?> body = web.post().uri("/api/stakeholders")
                .headers(h -> h.setBearerAuth(operatorToken()))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("name", name, "sector", sector, "region", "Kabupaten Toba"))
                .exchange()
                .expectStatus().isCreated()
                .expectBody(Map.class).returnResult().getResponseBody();
        return new Registered((String) body.get("id"), (String) body.get("credential"));
    }

    public record Registered(String id, String credential) {
    }
}
