package id.gotong.embedded;

import static id.gotong.embedded.EmbeddedMongoServerTest.assertDuplicateKey;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;

class CrashDurabilityTest {

    private static final int ACKS_BEFORE_KILL = 500;

    @TempDir
    Path dir;

    @Test
    void everyAcknowledgedInsertSurvivesSigkill() throws Exception {
        Path file = dir.resolve("crash.mv");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
            CrashingWriter.class.getName(), file.toString())
            .redirectError(dir.resolve("child.err").toFile())
            .start();
        ConcurrentLinkedQueue<Integer> acked = new ConcurrentLinkedQueue<>();
        Thread reader = new Thread(() -> readAcks(child, acked), "crash-test-reader");
        reader.start();
        try {
            await().atMost(Duration.ofSeconds(90)).until(() -> acked.size() >= ACKS_BEFORE_KILL || !child.isAlive());
            assertThat(child.isAlive()).as("child still writing, see %s", dir.resolve("child.err")).isTrue();
        } finally {
            child.destroyForcibly();
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
            // Acks already in the pipe when the child died count too.
            reader.join(TimeUnit.SECONDS.toMillis(30));
        }

        try (EmbeddedMongoServer server = EmbeddedMongoServer.start(file, 0);
             MongoClient client = MongoClients.create(server.connectionString())) {
            MongoCollection<Document> events = client.getDatabase("gotong").getCollection("events");
            Set<Integer> stored = events.find().map(d -> d.getInteger("_id")).into(new HashSet<>());
            System.out.printf("crash test: %d inserts acknowledged before SIGKILL, %d stored after restart%n",
                acked.size(), stored.size());
            assertThat(stored).containsAll(acked);
            // Looked up through the unique index: its entries were committed together with the documents.
            for (int id : acked) {
                assertThat(events.find(Filters.eq("keys", "s" + id)).first()).isNotNull();
            }
            int last = acked.stream().mapToInt(Integer::intValue).max().orElseThrow();
            assertDuplicateKey(events, new Document("_id", -1).append("keys", List.of("s" + last)));
        }
    }

    private static void readAcks(Process child, ConcurrentLinkedQueue<Integer> acked) {
        try (BufferedReader out = new BufferedReader(
            new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                if (line.startsWith(CrashingWriter.ACK)) {
                    acked.add(Integer.parseInt(line.substring(CrashingWriter.ACK.length())));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
