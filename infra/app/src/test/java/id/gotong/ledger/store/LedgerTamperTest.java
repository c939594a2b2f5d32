package id.gotong.ledger.store;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Updates;
import id.gotong.embedded.EmbeddedMongoServer;
import id.gotong.eventstore.MongoLedgerStorageEngine;
import id.gotong.ledger.Checkpoint;
import id.gotong.ledger.InMemoryTreeNodes;
import id.gotong.ledger.MerkleTree;
import id.gotong.ledger.NoteSigner;
import id.gotong.ledger.verify.LedgerVerifier;
import id.gotong.ledger.verify.VerifyCommand;
import org.bson.BsonArray;
import org.bson.BsonDocument;
import org.bson.BsonInt32;
import org.bson.BsonInt64;
import org.bson.BsonString;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;
import static id.gotong.ledger.store.LedgerFixture.appendCommits;
import static id.gotong.ledger.store.LedgerFixture.commitAt;
import static id.gotong.ledger.store.LedgerFixture.copyLedger;
import static id.gotong.ledger.store.LedgerFixture.engine;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The appender on the embedded server, then the verifier in database mode against copies of the ledger that were
 * tampered with the raw driver: each tampering fails verification at the position that was changed.
 */
class LedgerTamperTest {
    static final String ORIGIN = "test.gotong/ledger";
    static final NoteSigner SIGNER = NoteSigner.generate(ORIGIN);
    static final AtomicInteger COPIES = new AtomicInteger();

    @TempDir
    static Path dir;
    static EmbeddedMongoServer server;
    static MongoClient client;
    static MongoDatabase original;
    static String savedNote;
    static long savedSize;
    static long size;

    @BeforeAll
    static void buildALedger() {
        server = EmbeddedMongoServer.start(dir.resolve("tamper.mv"), 0);
        client = MongoClients.create(server.connectionString());
        original = client.getDatabase("original");
        MongoLedgerStorageEngine engine = engine(original);
        LedgerStore store = new LedgerStore(original);
        appendCommits(engine, "agr-1", 20);
        savedSize = engine.nextPosition();
        try (LedgerAppender appender = appender(original)) {
            appender.start();
            awaitCheckpoint(store, savedSize);
        }
        savedNote = store.latestCheckpoint().note();
        // The appender resumes from its persisted size in a new instance.
        appendCommits(engine, "agr-2", 15);
        size = engine.nextPosition();
        try (LedgerAppender appender = appender(original)) {
            appender.start();
            awaitCheckpoint(store, size);
        }
    }

    static LedgerAppender appender(MongoDatabase db) {
        return new LedgerAppender(new LedgerStore(db), new MongoTreeNodes(db), SIGNER, Clock.systemUTC(),
                Duration.ofMillis(50), 7);
    }

    static void awaitCheckpoint(LedgerStore store, long treeSize) {
        await().atMost(Duration.ofSeconds(30)).until(() -> store.latestCheckpoint() != null
                && store.latestCheckpoint().treeSize() == treeSize);
    }

    @AfterAll
    static void stop() {
        client.close();
        server.close();
    }

    /** A copy of the original ledger, with the event store's unique indexes, to tamper with. */
    static MongoDatabase copy() {
        MongoDatabase copy = client.getDatabase("copy" + COPIES.incrementAndGet());
        engine(copy);
        copyLedger(original, copy);
        return copy;
    }

    static LedgerVerifier.Result verify(MongoDatabase db, String saved) {
        ByteArrayOutputStream progress = new ByteArrayOutputStream();
        try (MongoLedgerSource source = new MongoLedgerSource(server.connectionString(), db.getName())) {
            return new LedgerVerifier(SIGNER.verifier(), new PrintStream(progress, true, StandardCharsets.UTF_8))
                    .verify(source, saved);
        }
    }

    static MongoCollection<BsonDocument> events(MongoDatabase db) {
        return db.getCollection(LedgerStore.EVENTS, BsonDocument.class);
    }

    @Test
    void theAppendedTreeMatchesTheEventsAndTheUntouchedLedgerVerifies() {
        LedgerStore store = new LedgerStore(original);
        MerkleTree expected = MerkleTree.create(new InMemoryTreeNodes());
        store.readEvents(0, size).forEach(e -> expected.append(StoredLeaf.bytes(e.position(), e.event())));
        Checkpoint latest = Checkpoint.verify(store.latestCheckpoint().note(), SIGNER.verifier(), ORIGIN);
        assertThat(latest.treeSize()).isEqualTo(size).isGreaterThan(savedSize);
        assertThat(latest.rootHash()).isEqualTo(expected.root(size));

        LedgerVerifier.Result result = verify(original, savedNote);
        assertThat(result.verdict()).isEqualTo("VERIFIED: " + size + " entries, root "
                + java.util.Base64.getEncoder().encodeToString(expected.root(size)) + " at size " + size);
        assertThat(result.verified()).isTrue();
    }

    @Test
    void theCommandLineVerifiesTheDatabaseAndExitsZero(@TempDir Path files) throws Exception {
        Path saved = files.resolve("saved.checkpoint");
        Files.writeString(saved, savedNote);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = VerifyCommand.run(new String[] {"--mongodb-uri", server.connectionString(), "--database",
                "original", "--key", SIGNER.verifierKey(), "--saved-checkpoint", saved.toString()},
                new PrintStream(out, true), new PrintStream(err, true), MongoLedgerSource::new);
        assertThat(out.toString()).startsWith("VERIFIED: " + size + " entries");
        assertThat(err.toString()).contains("(100 %)");
        assertThat(status).isZero();
        assertThat(VerifyCommand.run(new String[] {"--key", SIGNER.verifierKey()}, System.out,
                new PrintStream(new ByteArrayOutputStream()))).isEqualTo(2);
    }

    @Test
    void changingOneFieldOfOnePayloadFailsAtItsPosition() {
        MongoDatabase db = copy();
        BsonDocument commit = commitWithAtLeast(db, 2, 10);
        long position = commit.getInt64("_id").getValue() + 1;
        events(db).updateOne(eq("_id", commit.get("_id")),
                Updates.set("events.1.payload.text", new BsonString("forged")));

        LedgerVerifier.Result result = verify(db, null);
        assertThat(result.verdict()).isEqualTo("FAILED at index " + position + ": leaf hash differs from checkpoint tree");
    }

    @Test
    void deletingOneCommitFailsAtItsFirstPosition() {
        MongoDatabase db = copy();
        BsonDocument commit = commitAt(db, 17);
        long first = commit.getInt64("_id").getValue();
        events(db).deleteOne(eq("_id", commit.get("_id")));

        LedgerVerifier.Result result = verify(db, savedNote);
        assertThat(result.failedIndex()).isEqualTo(first);
        assertThat(result.verdict()).startsWith("FAILED at index " + first + ": entry missing");
    }

    @Test
    void swappingTheEventsOfTwoCommitsFailsAtTheEarlierOne() {
        MongoDatabase db = copy();
        List<BsonDocument> singles = events(db).find(eq("count", 1)).into(new ArrayList<>());
        singles.sort(Comparator.comparingLong(c -> c.getInt64("_id").getValue()));
        BsonDocument a = singles.get(2);
        BsonDocument b = singles.get(5);
        events(db).updateOne(eq("_id", a.get("_id")), Updates.set("events", b.getArray("events")));
        events(db).updateOne(eq("_id", b.get("_id")), Updates.set("events", a.getArray("events")));

        LedgerVerifier.Result result = verify(db, savedNote);
        assertThat(result.verdict())
                .isEqualTo("FAILED at index " + a.getInt64("_id").getValue() + ": leaf hash differs from checkpoint tree");
    }

    @Test
    void insertingAnExtraCommitIntoHistoryFailsWhereItWasInserted() {
        MongoDatabase db = copy();
        long at = commitAt(db, 12).getInt64("_id").getValue();
        List<BsonDocument> later = new ArrayList<>(events(db).find(in("positions", range(at, size)))
                .into(new ArrayList<>()).stream()
                .collect(java.util.stream.Collectors.toMap(c -> c.getInt64("_id").getValue(), c -> c, (x, y) -> x))
                .values());
        events(db).deleteMany(in("_id", later.stream().map(c -> c.get("_id")).toList()));
        later.sort(Comparator.comparingLong(c -> c.getInt64("_id").getValue()));
        for (BsonDocument commit : later) {  // make room: every later commit moves one position on
            long first = commit.getInt64("_id").getValue() + 1;
            BsonArray positions = new BsonArray();
            for (int i = 0; i < commit.getInt32("count").getValue(); i++) {
                positions.add(new BsonInt64(first + i));
            }
            commit.put("_id", new BsonInt64(first));
            commit.put("positions", positions);
        }
        BsonDocument forged = new BsonDocument("eventId", new BsonString("forged-1"))
                .append("timestamp", new BsonString("2024-06-30T00:00:00Z"))
                .append("payloadType", new BsonString("id.gotong.eventstore.Recorded"))
                .append("payloadRevision", new BsonString("1"))
                .append("payload", BsonDocument.parse("{\"text\": \"backdated\"}"))
                .append("metadata", new BsonDocument());
        events(db).insertOne(new BsonDocument("_id", new BsonInt64(at)).append("count", new BsonInt32(1))
                .append("positions", new BsonArray(List.of(new BsonInt64(at))))
                .append("eventIds", new BsonArray(List.of(new BsonString("forged-1"))))
                .append("events", new BsonArray(List.of(forged))));
        events(db).insertMany(later);

        LedgerVerifier.Result result = verify(db, savedNote);
        assertThat(result.verdict()).isEqualTo("FAILED at index " + at + ": leaf hash differs from checkpoint tree");
    }

    @Test
    void rewritingHistoryAndReSigningWithTheKeyIsCaughtOnlyByASavedCheckpoint() {
        MongoDatabase db = copy();
        BsonDocument commit = commitAt(db, 3);
        events(db).updateOne(eq("_id", commit.get("_id")), Updates.set("events.0.payload.text", new BsonString("x")));
        for (String ledger : List.of(LedgerStore.STATE, LedgerStore.CHECKPOINTS, MongoTreeNodes.COLLECTION)) {
            db.getCollection(ledger).drop();
        }
        try (LedgerAppender forger = appender(db)) {  // the attacker holds the signing key
            forger.start();
            awaitCheckpoint(new LedgerStore(db), size);
        }
        assertThat(verify(db, null).verified()).isTrue();
        LedgerVerifier.Result result = verify(db, savedNote);
        assertThat(result.verdict()).startsWith("FAILED: history rewritten");
    }

    @Test
    void aCheckpointSignedByAnotherKeyFails() {
        LedgerVerifier.Result result;
        try (MongoLedgerSource source = new MongoLedgerSource(server.connectionString(), "original")) {
            result = new LedgerVerifier(NoteSigner.generate(ORIGIN).verifier(), new PrintStream(
                    new ByteArrayOutputStream())).verify(source, null);
        }
        assertThat(result.verdict()).startsWith("FAILED: latest checkpoint does not verify");
    }

    private static BsonDocument commitWithAtLeast(MongoDatabase db, int events, long from) {
        for (long p = from; p < size; p++) {
            BsonDocument commit = commitAt(db, p);
            if (commit.getInt32("count").getValue() >= events) {
                return commit;
            }
        }
        throw new AssertionError("no commit with " + events + " events");
    }

    private static List<Long> range(long from, long to) {
        List<Long> positions = new ArrayList<>();
        for (long p = from; p < to; p++) {
            positions.add(p);
        }
        return positions;
    }
}
