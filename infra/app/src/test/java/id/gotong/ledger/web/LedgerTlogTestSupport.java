package id.gotong.ledger.web;

import com.mongodb.client.MongoDatabase;
import id.gotong.GotongApplication;
import id.gotong.embedded.EmbeddedMongoServer;
import id.gotong.eventstore.MongoLedgerStorageEngine;
import id.gotong.eventstore.Recorded;
import id.gotong.ledger.Checkpoint;
import id.gotong.ledger.NoteVerifier;
import id.gotong.ledger.TestWitness;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The application over real HTTP with two configured witnesses and a log of 1,000 events, which is not a multiple of
 * 256. The witness and tile tests extend it and so share one application context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient
abstract class LedgerTlogTestSupport {
    static final String ORIGIN = "gotong.local/ledger";
    static final TestWitness WITNESS = TestWitness.generate("witness.example/w1");
    static final TestWitness SECOND_WITNESS = TestWitness.generate("witness.example/w2");
    static final int EVENTS = 1000;
    static final Path DATA_DIR = createDataDir();

    private static Path createDataDir() {
        try {
            return Files.createTempDirectory("gotong-tlog-test");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @DynamicPropertySource
    static void embeddedStoreAndWitnesses(DynamicPropertyRegistry registry) {
        registry.add("gotong.mongodb.data-dir", DATA_DIR::toString);
        registry.add("gotong.ledger.checkpoint-interval", () -> "200ms");
        registry.add("gotong.ledger.witnesses", () -> WITNESS.verifierKey() + "," + SECOND_WITNESS.verifierKey());
    }

    @Autowired
    WebTestClient web;
    @Autowired
    EventStorageEngine engine;
    @Autowired
    MongoDatabase database;
    @Autowired
    EmbeddedMongoServer mongo;
    @LocalServerPort
    int port;

    static NoteVerifier key;
    static Checkpoint checkpoint;

    /** Once per context; not @BeforeAll, which would need the Spring beans before the context exists. */
    @BeforeEach
    void appendEventsAndAwaitTheirCheckpoint() {
        if (checkpoint != null) {
            return;
        }
        GotongApplication.quietAxonDefaults();
        MongoLedgerStorageEngine events = (MongoLedgerStorageEngine) engine;
        key = NoteVerifier.parse(text("/api/ledger/key").strip());
        for (int c = 0; c < EVENTS / 100; c++) {
            List<GenericDomainEventMessage<Recorded>> batch = new ArrayList<>();
            for (int i = 0; i < 100; i++) {
                batch.add(new GenericDomainEventMessage<>("Agreement", "agr-tlog", c * 100L + i,
                        Recorded.of("tlog " + c + "/" + i)));
            }
            events.appendEvents(batch);
        }
        long size = events.nextPosition();
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100)).until(() -> {
            String note = web.get().uri("/api/ledger/checkpoint").exchange().expectBody(String.class)
                             .returnResult().getResponseBody();
            return note != null && note.startsWith(ORIGIN)
                    && Checkpoint.verify(note, key, ORIGIN).treeSize() == size;
        });
        checkpoint = Checkpoint.verify(text("/api/ledger/checkpoint"), key, ORIGIN);
        assertThat(checkpoint.treeSize() % 256).isNotZero();
    }

    /** The operator's bearer token: it reads whole leaves (entry bundles, entries). */
    static String operatorToken() {
        try {
            return java.nio.file.Files.readString(DATA_DIR.resolve("operator.credential")).trim();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    String text(String uri) {
        return web.get().uri(uri).exchange()
                  .expectStatus().isOk()
                  .expectBody(String.class).returnResult().getResponseBody();
    }
}
