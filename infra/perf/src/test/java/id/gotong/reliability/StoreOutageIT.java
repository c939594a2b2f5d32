package id.gotong.reliability;

import id.gotong.bench.AppProcess;
import id.gotong.embedded.EmbeddedMongoServer;
import id.gotong.ledger.verify.LedgerVerifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * MongoDB goes away under a running application and comes back on the same file and port: while it is away, writes
 * and store-backed reads answer 503 problem+json with {@code Retry-After} within the configured server-selection
 * timeout, health reports the store DOWN, and what the process holds in memory (the ledger's verifier key) is still
 * served; once it is back the application recovers by itself: writes succeed, and the projections and the ledger
 * take up the new events.
 */
class StoreOutageIT {

    @TempDir
    Path work;

    @Test
    void writesAnswer503WithRetryAfterWhileTheStoreIsDownAndTheApplicationRecoversWhenItIsBack() throws Exception {
        long started = System.nanoTime();
        Path file = work.resolve("store").resolve("gotong.mv");
        int port = AppProcess.freePort();
        EmbeddedMongoServer server = EmbeddedMongoServer.start(file, port);
        Path data = work.resolve("data");
        Map<String, String> properties = Map.of(
                "gotong.mongodb.uri", "mongodb://127.0.0.1:" + port,
                "gotong.mongodb.data-dir", data.toString(),
                "gotong.mongodb.server-selection-timeout", "2s",
                "gotong.mongodb.retry-after", "3s",
                "gotong.demo.enabled", "false",
                "gotong.deadlines.interval", "1h");
        // C1 only and the serial collector: a faster start on a small, busy machine; the test measures no speed.
        List<String> jvm = List.of("-Xmx512m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");
        try (AppProcess app = AppProcess.start("app", work, properties, jvm)) {
            app.awaitReady(Duration.ofMinutes(4));
            Api api = new Api(app.uri("/"), Duration.ofSeconds(60));
            ActLoad load = ActLoad.setUp(api, Files.readString(data.resolve("operator.credential")).trim(), 1, 5,
                    Clock.systemUTC());
            ActLoad.Forum forum = load.forums().get(0);
            String outcomes = "/api/collaborations/" + forum.collaborationId() + "/outcomes";
            Map<String, Object> outcome = Map.of("indicator", "Services online", "period", "2025", "value", 12,
                    "unit", "services");
            assertThat(api.post(forum.lead().credential(), outcomes, outcome).status()).isEqualTo(201);
            load.awaitProjected(Duration.ofSeconds(60));
            String verifierKey = api.get("/api/ledger/key").text();

            server.close();

            for (int attempt = 0; attempt < 3; attempt++) {
                Api.Answer refused = api.post(forum.lead().credential(), outcomes, outcome);
                System.out.printf("write while the store is down: %d in %d ms, Retry-After %s%n", refused.status(),
                        refused.nanos() / 1_000_000, refused.retryAfter());
                assertThat(refused.status()).as(refused.text()).isEqualTo(503);
                assertThat(refused.body().get("rule").asString()).isEqualTo("store-available");
                assertThat(refused.retryAfter()).isEqualTo("3");
                assertThat(Duration.ofNanos(refused.nanos())).as("bounded by the 2 s server selection")
                        .isLessThan(Duration.ofSeconds(10));
            }
            for (String read : List.of("/api/collaborations/" + forum.collaborationId() + "/dashboard",
                    "/api/collaborations/" + forum.collaborationId(), "/api/ledger/checkpoint")) {
                Api.Answer answer = api.get(read);
                assertThat(answer.status()).as("read models, current state and the ledger live in MongoDB too: "
                        + read).isEqualTo(503);
                assertThat(answer.retryAfter()).isEqualTo("3");
            }
            Api.Answer health = api.get("/actuator/health");
            assertThat(health.status()).isEqualTo(503);
            assertThat(health.body().at("/components/store/status").asString()).isEqualTo("DOWN");
            assertThat(api.get("/api/ledger/key").text()).as("held in memory").isEqualTo(verifierKey);

            server = EmbeddedMongoServer.start(file, port);
            long back = System.nanoTime();
            AtomicReference<Api.Answer> accepted = new AtomicReference<>();
            AtomicLong writable = new AtomicLong();
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(() -> {
                Api.Answer answer = api.post(forum.lead().credential(), outcomes, outcome);
                accepted.set(answer);
                writable.set(System.nanoTime());
                return answer.status() == 201;
            });
            long position = accepted.get().body().get("events").get(0).get("position").asLong();
            await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(200))
                    .until(() -> api.get("/api/feed/items/" + position).status() == 200);
            await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(200))
                    .until(() -> LoadRun.checkpointSize(api) > position);
            System.out.printf("recovered: a write succeeded %d ms after the store was back, at position %d; the feed"
                    + " and the ledger took it up %d ms after the store was back%n",
                    (writable.get() - back) / 1_000_000, position, (System.nanoTime() - back) / 1_000_000);
            assertThat(api.get("/actuator/health").status()).isEqualTo(200);
            LedgerVerifier.Result verified = LoadRun.verify(api, Files.readString(data.resolve("operator.credential")).trim());
            assertThat(verified.verified()).as(verified.verdict()).isTrue();
            assertThat(verified.treeSize()).isEqualTo(position + 1);
        } finally {
            server.close();
        }
        System.out.printf("StoreOutageIT took %d s%n", Duration.ofNanos(System.nanoTime() - started).toSeconds());
    }
}
