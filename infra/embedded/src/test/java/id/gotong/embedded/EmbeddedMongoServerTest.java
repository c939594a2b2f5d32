package id.gotong.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;

class EmbeddedMongoServerTest {

    @TempDir
    Path dir;

    @Test
    void documentsAndUniqueIndexesSurviveARestart() {
        Path file = dir.resolve("data/gotong.mv");
        try (EmbeddedMongoServer server = EmbeddedMongoServer.start(file, 0);
             MongoClient client = MongoClients.create(server.connectionString())) {
            assertThat(server.connectionString()).isEqualTo("mongodb://127.0.0.1:" + server.port());
            assertThat(server.dataFile()).isEqualTo(file.toAbsolutePath());
            MongoCollection<Document> events = client.getDatabase("gotong").getCollection("events");
            events.createIndex(Indexes.ascending("positions"), new IndexOptions().unique(true));
            events.insertOne(new Document("_id", 1L).append("positions", List.of(1L, 2L)).append("type", "Opened"));
            events.insertOne(new Document("_id", 3L).append("positions", List.of(3L)).append("type", "Joined"));

            assertDuplicateKey(events, new Document("_id", 4L).append("positions", List.of(4L, 2L)));
        }

        try (EmbeddedMongoServer server = EmbeddedMongoServer.start(file, 0);
             MongoClient client = MongoClients.create(server.connectionString())) {
            MongoCollection<Document> events = client.getDatabase("gotong").getCollection("events");
            assertThat(events.find().map(d -> d.getString("type")).into(new ArrayList<>()))
                .containsExactlyInAnyOrder("Opened", "Joined");
            assertThat(events.find(Filters.eq("positions", 2L)).first()).extracting(d -> d.get("_id")).isEqualTo(1L);

            assertDuplicateKey(events, new Document("_id", 5L).append("positions", List.of(5L, 3L)));
            assertDuplicateKey(events, new Document("_id", 1L).append("positions", List.of(9L)));
            events.insertOne(new Document("_id", 4L).append("positions", List.of(4L)));
            assertThat(events.countDocuments()).isEqualTo(3);
        }
    }

    @Test
    void aFileWrittenWithTheStockKeyOrderIsReorderedOnce() {
        Path file = dir.resolve("stock.mv");
        de.bwaldvogel.mongo.MongoServer stock = new de.bwaldvogel.mongo.MongoServer(
            new de.bwaldvogel.mongo.backend.h2.H2Backend(file.toString()));
        try (MongoClient client = MongoClients.create("mongodb://" + hostAndPort(stock.bind()))) {
            MongoCollection<Document> events = client.getDatabase("gotong").getCollection("events");
            events.createIndex(Indexes.ascending("positions"), new IndexOptions().unique(true));
            for (long i = 0; i < 2_000; i++) {
                events.insertOne(new Document("_id", "e" + i).append("positions", List.of(2 * i, 2 * i + 1)));
            }
        } finally {
            stock.shutdown();
        }

        for (int restart = 0; restart < 2; restart++) {
            try (EmbeddedMongoServer server = EmbeddedMongoServer.start(file, 0);
                 MongoClient client = MongoClients.create(server.connectionString())) {
                MongoCollection<Document> events = client.getDatabase("gotong").getCollection("events");
                for (long i = 0; i < 2_000 + restart; i += 97) {
                    assertThat(events.find(Filters.eq("positions", 2 * i + 1)).first())
                        .as("event %d by position", i).extracting(d -> d.get("_id")).isEqualTo("e" + i);
                    assertThat(events.find(Filters.eq("_id", "e" + i)).first()).as("event %d by id", i).isNotNull();
                }
                assertDuplicateKey(events, new Document("_id", "x" + restart).append("positions", List.of(3_999L)));
                assertDuplicateKey(events, new Document("_id", "e1999").append("positions", List.of(-1L - restart)));
                events.insertOne(new Document("_id", "e" + (2_000 + restart))
                    .append("positions", List.of(4_000L + 2 * restart, 4_001L + 2 * restart)));
                assertThat(events.countDocuments()).isEqualTo(2_001 + restart);
            }
        }
    }

    private static String hostAndPort(java.net.InetSocketAddress address) {
        return address.getHostString() + ":" + address.getPort();
    }

    @Test
    void concurrentWritersAreAllDurable() throws Exception {
        Path file = dir.resolve("concurrent.mv");
        int threads = 8;
        int perThread = 500;
        // Compaction runs between the writes too.
        try (EmbeddedMongoServer server = EmbeddedMongoServer.start(file, 0, Duration.ofMillis(200));
             MongoClient client = MongoClients.create(server.connectionString())) {
            MongoCollection<Document> events = client.getDatabase("gotong").getCollection("events");
            events.createIndex(Indexes.ascending("keys"), new IndexOptions().unique(true));
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            long started = System.nanoTime();
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int first = t * perThread;
                done.add(pool.submit(() -> IntStream.range(first, first + perThread).forEach(i ->
                    events.insertOne(new Document("_id", i).append("keys", List.of("k" + i, "s" + i))))));
            }
            for (Future<?> future : done) {
                future.get();
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            pool.shutdown();
            System.out.printf("%d threads: %d inserts in %.2f s = %.0f inserts/s (commit per write)%n",
                threads, threads * perThread, seconds, threads * perThread / seconds);
        }

        try (EmbeddedMongoServer server = EmbeddedMongoServer.start(file, 0);
             MongoClient client = MongoClients.create(server.connectionString())) {
            MongoCollection<Document> events = client.getDatabase("gotong").getCollection("events");
            Set<Integer> ids = events.find().map(d -> d.getInteger("_id")).into(new HashSet<>());
            assertThat(ids).hasSize(threads * perThread);
            assertDuplicateKey(events, new Document("_id", -1).append("keys", List.of("s" + (threads * perThread - 1))));
        }
    }

    @Test
    void classifiesCommandsAsWrites() {
        de.bwaldvogel.mongo.bson.Document none = new de.bwaldvogel.mongo.bson.Document();
        assertThat(DurableH2Backend.isWrite("insert", none)).isTrue();
        assertThat(DurableH2Backend.isWrite("findAndModify", none)).isTrue();
        assertThat(DurableH2Backend.isWrite("createIndexes", none)).isTrue();
        assertThat(DurableH2Backend.isWrite("someFutureCommand", none)).isTrue();
        assertThat(DurableH2Backend.isWrite("find", none)).isFalse();
        assertThat(DurableH2Backend.isWrite("getMore", none)).isFalse();
        assertThat(DurableH2Backend.isWrite("aggregate", pipeline(new de.bwaldvogel.mongo.bson.Document("$match", none))))
            .isFalse();
        assertThat(DurableH2Backend.isWrite("aggregate", pipeline(new de.bwaldvogel.mongo.bson.Document("$out", "x"))))
            .isTrue();
    }

    private static de.bwaldvogel.mongo.bson.Document pipeline(de.bwaldvogel.mongo.bson.Document stage) {
        return new de.bwaldvogel.mongo.bson.Document("aggregate", "c").append("pipeline", List.of(stage));
    }

    static void assertDuplicateKey(MongoCollection<Document> collection, Document document) {
        assertThatThrownBy(() -> collection.insertOne(document))
            .isInstanceOfSatisfying(MongoWriteException.class,
                e -> assertThat(ErrorCategory.fromErrorCode(e.getCode())).isEqualTo(ErrorCategory.DUPLICATE_KEY));
    }
}
