package id.gotong.reliability;

import id.gotong.bench.AppProcess;
import id.gotong.ledger.verify.LedgerVerifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The application, with its embedded store in its own JVM, is killed with SIGKILL while writers are recording acts;
 * started again on the same data file, the store holds every write that was answered with success, at the positions
 * the answer named, each as one whole commit; the global positions run 0..n-1; and the ledger, rebuilt by the
 * restarted process up to n, verifies.
 */
class SigkillUnderLoadIT {

    private static final int COLLABORATIONS = 6;

    @TempDir
    Path work;

    @Test
    void everyAcknowledgedWriteSurvivesAKillAndTheLedgerVerifies() throws Exception {
        long started = System.nanoTime();
        Path data = work.resolve("data");
        int storePort = AppProcess.freePort();
        Map<String, String> properties = Map.of(
                "gotong.mongodb.data-dir", data.toString(),
                "gotong.mongodb.embedded-port", Integer.toString(storePort),
                "gotong.demo.enabled", "false",
                "gotong.deadlines.interval", "1h");
        // C1 only and the serial collector: a faster start on a small, busy machine; the test measures no speed.
        List<String> jvm = List.of("-Xmx512m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");

        ActLoad load;
        int inFlightAtKill;
        long acknowledgedAtKill;
        try (AppProcess first = AppProcess.start("first", work, properties, jvm)) {
            first.awaitReady(Duration.ofMinutes(4));
            String operator = Files.readString(data.resolve("operator.credential")).trim();
            load = ActLoad.setUp(new Api(first.uri("/"), Duration.ofSeconds(30)), operator, COLLABORATIONS, 5,
                    Clock.systemUTC());
            int afterSetUp = load.acknowledged().size();
            load.start(2);
            // Kill once the writers are well under way: after 300 acts or 30 s, whichever comes first.
            long loadStarted = System.nanoTime();
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(20))
                    .until(() -> load.acknowledged().size() >= afterSetUp + 300
                            || System.nanoTime() - loadStarted > Duration.ofSeconds(30).toNanos());
            assertThat(load.acknowledged().size()).as("acts acknowledged under load").isGreaterThan(afterSetUp + 20);
            assertThat(load.latencies().errors()).as("refused acts " + load.errorSamples()).isZero();
            inFlightAtKill = load.inFlight();
            acknowledgedAtKill = load.acknowledged().size();
            first.kill();
            load.stop();
        }

        try (AppProcess second = AppProcess.start("second", work, properties, jvm)) {
            Duration restart = second.awaitReady(Duration.ofMinutes(4));
            StoreAudit audit = StoreAudit.of("mongodb://127.0.0.1:" + storePort, "gotong", load.acknowledged());
            System.out.printf("SIGKILL under load: %d writes acknowledged (%d before the kill was sent), %d in"
                            + " flight at the kill, %d never answered; restart took %d ms; %s%n",
                    load.acknowledged().size(), acknowledgedAtKill, inFlightAtKill, load.unanswered(),
                    restart.toMillis(), audit);

            assertThat(audit.problems()).as("gaps, partial commits, lost or moved acknowledged events").isEmpty();
            assertThat(audit.acknowledgedStored()).isEqualTo(audit.acknowledgedEvents()).isPositive();
            assertThat(load.acknowledged()).as("the two-event commits were exercised")
                    .anyMatch(commit -> commit.events().size() == 2 && commit.kind().equals("sign-agreement-last"));

            Api api = new Api(second.uri("/"), Duration.ofSeconds(30));
            Api.Answer next = api.post(Files.readString(data.resolve("operator.credential")).trim(),
                    "/api/stakeholders", Map.of("name", "Dinas setelah restart", "sector", "GOVERNMENT"));
            assertThat(next.status()).isEqualTo(201);
            assertThat(next.body().get("events").get(0).get("position").asLong())
                    .as("the restarted process appends right after the last stored event").isEqualTo(audit.events());

            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                    .until(() -> LoadRun.checkpointSize(api) == audit.events() + 1);
            LedgerVerifier.Result verified = LoadRun.verify(api, Files.readString(data.resolve("operator.credential")).trim());
            System.out.println("ledger after restart: " + verified.verdict());
            assertThat(verified.verified()).as(verified.verdict()).isTrue();
            assertThat(verified.treeSize()).isEqualTo(audit.events() + 1);
        }
        System.out.printf("SigkillUnderLoadIT took %d s%n",
                Duration.ofNanos(System.nanoTime() - started).toSeconds());
    }
}
