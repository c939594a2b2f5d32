package id.gotong.ledger.web;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Updates;
import id.gotong.GotongApplication;
import id.gotong.eventstore.MongoLedgerStorageEngine;
import id.gotong.eventstore.Recorded;
import id.gotong.ledger.Checkpoint;
import id.gotong.ledger.InMemoryTreeNodes;
import id.gotong.ledger.LedgerLeaf;
import id.gotong.ledger.MerkleHash;
import id.gotong.ledger.MerkleTree;
import id.gotong.ledger.MerkleVerifier;
import id.gotong.ledger.NoteVerifier;
import id.gotong.ledger.store.LedgerFixture;
import id.gotong.ledger.store.LedgerStore;
import id.gotong.ledger.verify.VerifyCommand;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.bson.BsonDocument;
import org.bson.BsonString;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import static com.mongodb.client.model.Filters.eq;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The ledger over real HTTP on the whole application with the embedded store. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient
class LedgerApiTest {
    static final JsonMapper JSON = JsonMapper.builder().build();
    static final String ORIGIN = "gotong.local/ledger";

    @TempDir
    static Path dataDir;

    @DynamicPropertySource
    static void embeddedStoreIn(DynamicPropertyRegistry registry) {
        registry.add("gotong.mongodb.data-dir", () -> dataDir.toString());
        registry.add("gotong.ledger.checkpoint-interval", () -> "200ms");
    }

    @Autowired
    WebTestClient web;
    @Autowired
    EventStorageEngine engine;
    @Autowired
    MongoDatabase database;
    @LocalServerPort
    int port;

    static NoteVerifier key;
    static String savedNote;
    static long size;

    /** Once for the class; not @BeforeAll, which would need the Spring beans before the context exists. */
    @BeforeEach
    void appendEventsAndAwaitCheckpoints() {
        if (size > 0) {
            return;
        }
        GotongApplication.quietAxonDefaults();
        MongoLedgerStorageEngine events = (MongoLedgerStorageEngine) engine;
        key = NoteVerifier.parse(text("/api/ledger/key").strip());
        assertThat(key.name()).isEqualTo(ORIGIN);
        LedgerFixture.appendCommits(events, "agr-api", 12);
        savedNote = awaitCheckpoint(events.nextPosition());
        // Over a page: 1,100 events in 11 commits.
        for (int c = 0; c < 11; c++) {
            List<GenericDomainEventMessage<Recorded>> batch = new ArrayList<>();
            for (int i = 0; i < 100; i++) {
                batch.add(new GenericDomainEventMessage<>("Agreement", "agr-bulk", c * 100L + i,
                        Recorded.of("bulk " + c + "/" + i)));
            }
            events.appendEvents(batch);
        }
        awaitCheckpoint(events.nextPosition());
        size = Checkpoint.verify(text("/api/ledger/checkpoint"), key, ORIGIN).treeSize();
        assertThat(Files.exists(dataDir.resolve("ledger.key"))).isTrue();
    }

    private String awaitCheckpoint(long atLeast) {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100)).until(() -> {
            String note = web.get().uri("/api/ledger/checkpoint").exchange().expectBody(String.class)
                             .returnResult().getResponseBody();
            return note != null && note.startsWith(ORIGIN)
                    && Checkpoint.verify(note, key, ORIGIN).treeSize() >= atLeast;
        });
        return text("/api/ledger/checkpoint");
    }

    private String text(String uri) {
        return web.get().uri(uri).exchange()
                  .expectStatus().isOk()
                  .expectHeader().contentTypeCompatibleWith(MediaType.TEXT_PLAIN)
                  .expectBody(String.class).returnResult().getResponseBody();
    }

    private static String operatorToken() {
        try {
            return Files.readString(dataDir.resolve("operator.credential")).trim();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** As the operator, who reads whole leaves (anonymous readers get published fields only). */
    private JsonNode json(String uri) {
        byte[] body = web.mutate().codecs(c -> c.defaultCodecs().maxInMemorySize(16 << 20))
                         .responseTimeout(Duration.ofSeconds(30)).build()
                         .get().uri(uri).header("Authorization", "Bearer " + operatorToken()).exchange()
                         .expectStatus().isOk()
                         .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_JSON)
                         .expectBody().returnResult().getResponseBody();
        return JSON.readTree(body);
    }

    private static byte[] b64(JsonNode node) {
        return Base64.getDecoder().decode(node.asString());
    }

    /** The tree recomputed from the served entries, checking every leaf on the way. */
    private MerkleTree treeFromEntries() {
        MerkleTree tree = MerkleTree.create(new InMemoryTreeNodes());
        for (long start = 0; start < size; start += LedgerController.MAX_PAGE) {
            JsonNode page = json("/api/ledger/entries?start=" + start + "&end=" + size);
            assertThat(page.size()).isEqualTo((int) Math.min(LedgerController.MAX_PAGE, size - start));
            for (JsonNode entry : page) {
                long index = entry.get("index").asLong();
                assertThat(index).isEqualTo(tree.size());
                byte[] leaf = b64(entry.get("leaf"));
                assertThat(LedgerLeaf.bytes(index, entry.get("event"))).isEqualTo(leaf);
                assertThat(b64(entry.get("leafHash"))).isEqualTo(MerkleHash.leaf(leaf));
                tree.append(leaf);
            }
        }
        return tree;
    }

    @Test
    void entriesRebuildTheSignedTreeAndPagesAreCappedAtAThousand() {
        MerkleTree tree = treeFromEntries();
        Checkpoint checkpoint = Checkpoint.verify(text("/api/ledger/checkpoint"), key, ORIGIN);
        assertThat(tree.root(checkpoint.treeSize())).isEqualTo(checkpoint.rootHash());
        JsonNode first = json("/api/ledger/entries?start=0&end=1");
        assertThat(first.get(0).get("event").get("payload").get("text").asString()).isEqualTo("agr-api c0 e0");
        assertThat(first.get(0).get("event").get("aggregateId").asString()).isEqualTo("agr-api");
        assertThat(json("/api/ledger/entries?start=" + size).size()).isZero();
        assertThat(json("/api/ledger/entries?start=0").size()).isEqualTo(1000);
    }

    @Test
    void inclusionAndConsistencyProofsVerifyAgainstTheCheckpointAndAnEarlierRoot() {
        MerkleTree tree = treeFromEntries();
        Checkpoint checkpoint = Checkpoint.verify(text("/api/ledger/checkpoint"), key, ORIGIN);
        long n = checkpoint.treeSize();
        for (long index : new long[] {0, 1, 17, n / 2, n - 1}) {
            JsonNode proof = json("/api/ledger/proof/inclusion?index=" + index + "&treeSize=" + n);
            assertThat(proof.get("index").asLong()).isEqualTo(index);
            assertThat(proof.get("treeSize").asLong()).isEqualTo(n);
            List<byte[]> path = new ArrayList<>();
            proof.get("proof").forEach(h -> path.add(b64(h)));
            MerkleVerifier.verifyInclusion(index, n, b64(proof.get("leafHash")), path, checkpoint.rootHash());
        }
        Checkpoint saved = Checkpoint.verify(savedNote, key, ORIGIN);
        for (long from : new long[] {0, 1, 7, saved.treeSize(), n / 2, n}) {
            JsonNode proof = json("/api/ledger/proof/consistency?from=" + from + "&to=" + n);
            List<byte[]> path = new ArrayList<>();
            proof.get("proof").forEach(h -> path.add(b64(h)));
            MerkleVerifier.verifyConsistency(from, n, tree.root(from), checkpoint.rootHash(), path);
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            /api/ledger/proof/inclusion?index=5&treeSize=5      | index-beyond-tree     | index    | index-below-tree-size
            /api/ledger/proof/inclusion?treeSize=5              | invalid-parameter     | index    | required
            /api/ledger/proof/inclusion?index=x&treeSize=5      | invalid-parameter     | index    | integer
            /api/ledger/proof/inclusion?index=0&treeSize=-2     | invalid-parameter     | treeSize | non-negative
            /api/ledger/proof/inclusion?index=0&treeSize=999999 | tree-size-beyond-tree | treeSize | at-most-current-tree-size
            /api/ledger/proof/consistency?from=5&to=3           | inverted-range        | from     | from-at-most-to
            /api/ledger/proof/consistency?from=1&to=999999      | tree-size-beyond-tree | to       | at-most-current-tree-size
            /api/ledger/proof/consistency?from=1                | invalid-parameter     | to       | required
            /api/ledger/entries?start=-1                        | invalid-parameter     | start    | non-negative
            /api/ledger/entries?start=5&end=2                   | inverted-range        | end      | end-at-least-start
            /api/ledger/entries                                 | invalid-parameter     | start    | required
            """)
    void badRequestsAreProblemDetails(String uri, String type, String field, String rule) {
        web.get().uri(uri).exchange()
           .expectStatus().isBadRequest()
           .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
           .expectBody()
           .jsonPath("$.type").isEqualTo("https://gotong.id/problems/" + type)
           .jsonPath("$.title").isNotEmpty()
           .jsonPath("$.detail").isNotEmpty()
           .jsonPath("$.status").isEqualTo(400)
           .jsonPath("$.field").isEqualTo(field)
           .jsonPath("$.rule").isEqualTo(rule);
    }

    @Test
    void theVerifierOverHttpPassesAndThenNamesAnEditedEvent(@TempDir Path files) throws Exception {
        Path saved = files.resolve("checkpoint");
        Files.writeString(saved, savedNote);
        String[] args = {"--server", "http://127.0.0.1:" + port, "--key", key.verifierKey(),
                "--saved-checkpoint", saved.toString(),
                "--token-file", dataDir.resolve("operator.credential").toString()};
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertThat(VerifyCommand.run(args, new PrintStream(out, true), new PrintStream(err, true))).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("VERIFIED: ");
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("entries: ").contains("(100 %)");

        MongoCollection<BsonDocument> events = database.getCollection(LedgerStore.EVENTS, BsonDocument.class);
        BsonDocument commit = LedgerFixture.commitAt(database, 700);
        long position = commit.getInt64("_id").getValue() + 3;
        try {
            events.updateOne(eq("_id", commit.get("_id")), Updates.set("events.3.payload.text", new BsonString("x")));
            out.reset();
            assertThat(VerifyCommand.run(args, new PrintStream(out, true), new PrintStream(err, true))).isEqualTo(1);
            assertThat(out.toString(StandardCharsets.UTF_8).strip())
                    .isEqualTo("FAILED at index " + position + ": leaf hash differs from checkpoint tree");
        } finally {
            events.replaceOne(eq("_id", commit.get("_id")), commit);
        }
        out.reset();
        assertThat(VerifyCommand.run(args, new PrintStream(out, true), new PrintStream(err, true))).isZero();
    }
}
