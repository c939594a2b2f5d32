package id.gotong;

import id.gotong.eventstore.Recorded;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.gateway.EventGateway;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.UnableToClaimTokenException;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The whole application on a random port with the embedded store, as a newcomer would start it. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient
class GotongApplicationTest {

    @TempDir
    static Path dataDir;

    @DynamicPropertySource
    static void embeddedStoreIn(DynamicPropertyRegistry registry) {
        registry.add("gotong.mongodb.data-dir", () -> dataDir.toString());
        registry.add("gotong.demo.enabled", () -> "false");
    }

    @BeforeAll
    static void quiet() {
        GotongApplication.quietAxonDefaults();
    }

    @Autowired
    WebTestClient web;
    @Autowired
    EventGateway events;
    @Autowired
    Seen seen;
    @Autowired
    TokenStore tokenStore;
    @Autowired
    EventProcessingConfiguration processing;
    @Autowired
    EventStorageEngine engine;

    @Test
    void healthIsUpOnTheEmbeddedStore() {
        web.get().uri("/actuator/health").exchange()
           .expectStatus().isOk()
           .expectBody()
           .jsonPath("$.status").isEqualTo("UP")
           .jsonPath("$.components.store.status").isEqualTo("UP")
           .jsonPath("$.components.store.details.kind").isEqualTo("embedded");
        assertThat(dataDir.resolve("gotong.mv")).exists();
    }

    @Test
    void aTrackingProcessorSeesPublishedEventsAndItsTokensSurviveTheRoundTripThroughMongo() {
        events.publish(Recorded.of("convened"));
        await().atMost(Duration.ofSeconds(20)).until(() -> seen.texts.contains("convened"));
        long position = engine.createHeadToken().position().getAsLong();
        await().atMost(Duration.ofSeconds(20)).until(() -> storedPosition() >= position);

        TrackingEventProcessor processor = processing.eventProcessor("test-observer", TrackingEventProcessor.class)
                                                     .orElseThrow();
        processor.shutDown();
        processor.resetTokens();
        // A reset stores a ReplayToken, which wraps another token: only a validated polymorphic mapper reads it back.
        TrackingToken stored = tokenStore.fetchToken("test-observer", 0);
        assertThat(stored).isInstanceOf(ReplayToken.class);
        assertThat(((ReplayToken) stored).getTokenAtReset()).isEqualTo(new GlobalSequenceTrackingToken(position));
        tokenStore.releaseClaim("test-observer", 0);
        seen.texts.clear();
        processor.start();
        await().atMost(Duration.ofSeconds(20)).until(() -> seen.texts.contains("convened"));
    }

    private long storedPosition() {
        try {
            TrackingToken token = tokenStore.fetchToken("test-observer", 0);
            tokenStore.releaseClaim("test-observer", 0);
            return token == null ? -1 : token.position().orElse(-1);
        } catch (UnableToClaimTokenException claimedByProcessor) {
            return -1;
        }
    }

    @ProcessingGroup("test-observer")
    static class Seen {
        final List<String> texts = new CopyOnWriteArrayList<>();

        @EventHandler
        void on(Recorded recorded) {
            texts.add(recorded.text());
        }
    }

    @TestConfiguration
    static class Observers {
        @Bean
        Seen seen() {
            return new Seen();
        }
    }
}
