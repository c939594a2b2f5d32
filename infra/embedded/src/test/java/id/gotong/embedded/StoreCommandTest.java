package id.gotong.embedded;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** {@code gotong.jar store}: the embedded server alone, printing where to connect, its data kept in the data dir. */
class StoreCommandTest {

    @TempDir
    Path dir;

    @Test
    void theStoreServesUntilStoppedAndKeepsWhatWasWritten() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CountDownLatch stop = new CountDownLatch(1);
        String[] args = {"--port", "0", "--data-dir", dir.toString()};
        CompletableFuture<Integer> exit = CompletableFuture.supplyAsync(() -> StoreCommand.run(args,
                new PrintStream(out, true, StandardCharsets.UTF_8), System.err, stop));
        await().atMost(Duration.ofSeconds(30)).until(() -> out.toString(StandardCharsets.UTF_8).startsWith("STORE: "));
        String line = out.toString(StandardCharsets.UTF_8).strip();
        assertThat(line).matches("STORE: mongodb://127\\.0\\.0\\.1:\\d+ \\(data file .*gotong\\.mv\\)");
        String uri = line.substring("STORE: ".length(), line.indexOf(' ', "STORE: ".length()));
        try (MongoClient client = MongoClients.create(uri)) {
            client.getDatabase("gotong").getCollection("probe").insertOne(new Document("_id", "kept"));
        }
        stop.countDown();
        assertThat(exit.get(30, TimeUnit.SECONDS)).isZero();

        try (EmbeddedMongoServer again = EmbeddedMongoServer.start(dir.resolve("gotong.mv"), 0);
             MongoClient client = MongoClients.create(again.connectionString())) {
            assertThat(client.getDatabase("gotong").getCollection("probe").countDocuments()).isEqualTo(1);
        }
    }

    @Test
    void anUnknownArgumentIsRefusedWithUsage() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = StoreCommand.run(new String[]{"--prot", "1"}, System.out,
                new PrintStream(err, true, StandardCharsets.UTF_8), new CountDownLatch(0));
        assertThat(code).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("usage: gotong.jar store").contains("--prot");
    }
}
