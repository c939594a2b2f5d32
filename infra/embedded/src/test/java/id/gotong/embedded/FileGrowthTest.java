package id.gotong.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;

import org.bson.Document;
import org.bson.RawBsonDocument;
import org.bson.codecs.DocumentCodec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;

class FileGrowthTest {

    private static final int DOCUMENTS = 20_000;
    private static final Duration COMPACTION_INTERVAL = Duration.ofSeconds(1);

    @TempDir
    Path dir;

    @Test
    void compactionKeepsTheFileWithinASmallMultipleOfTheLiveData() throws Exception {
        Path file = dir.resolve("growth.mv");
        Random random = new Random(42);
        long bsonBytes = 0;
        long peak = 0;
        long grown;
        long compacted;
        try (EmbeddedMongoServer server = EmbeddedMongoServer.start(file, 0, COMPACTION_INTERVAL);
             MongoClient client = MongoClients.create(server.connectionString())) {
            MongoCollection<Document> events = client.getDatabase("gotong").getCollection("events");
            events.createIndex(Indexes.ascending("keys"), new IndexOptions().unique(true));
            long started = System.nanoTime();
            for (int i = 0; i < DOCUMENTS; i++) {
                Document event = event(i, random);
                bsonBytes += new RawBsonDocument(event, new DocumentCodec()).getByteBuffer().remaining();
                events.insertOne(event);
                if (i % 500 == 0) {
                    peak = Math.max(peak, Files.size(file));
                }
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            grown = Files.size(file);

            started = System.nanoTime();
            server.compact();
            long compactMillis = (System.nanoTime() - started) / 1_000_000;
            compacted = Files.size(file);
            System.out.printf("1 thread: %d inserts in %.1f s = %.0f inserts/s (commit per write)%n",
                DOCUMENTS, seconds, DOCUMENTS / seconds);
            System.out.printf("live BSON %d bytes (%d per document); file at most %d bytes while writing with "
                + "compaction every %s, %d bytes after the writes, %d bytes after a compaction (%d ms)%n",
                bsonBytes, bsonBytes / DOCUMENTS, peak, COMPACTION_INTERVAL, grown, compacted, compactMillis);
            assertThat(events.countDocuments()).isEqualTo(DOCUMENTS);
        }
        // Without the periodic compaction the file grows to about 40 times the BSON size.
        assertThat(peak).isLessThan(20 * bsonBytes);
        assertThat(compacted).isLessThan(10 * bsonBytes);
        long closed = Files.size(file);

        try (EmbeddedMongoServer server = EmbeddedMongoServer.start(file, 0, COMPACTION_INTERVAL);
             MongoClient client = MongoClients.create(server.connectionString())) {
            long reopened = Files.size(file);
            System.out.printf("file %d bytes after close, %d bytes after offline compaction at start%n",
                closed, reopened);
            assertThat(client.getDatabase("gotong").getCollection("events").countDocuments()).isEqualTo(DOCUMENTS);
            assertThat(reopened).isLessThan(5 * bsonBytes);
        }
    }

    private static Document event(int i, Random random) {
        byte[] payload = new byte[160];
        random.nextBytes(payload);
        return new Document("_id", (long) i)
            .append("keys", List.of("account-" + (i % 500) + ":" + i, "position:" + i))
            .append("type", "ContributionRecorded")
            .append("timestamp", System.currentTimeMillis())
            .append("payload", HexFormat.of().formatHex(payload));
    }
}
