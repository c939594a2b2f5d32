package id.gotong.ledger.verify;

import id.gotong.bench.AppProcess;
import id.gotong.ledger.NoteSigner;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The two shipped jars as a user runs them: gotong.jar starts with its demo data, and the auditor's
 * {@code java -jar gotong-verify.jar verify --server … --token-file … --key …} verifies its whole ledger, as
 * {@code gotong.jar verify} does with the same options.
 */
class VerifierJarIT {

    static final Path GOTONG_JAR = Path.of(System.getProperty("gotong.jar", "../app/target/gotong.jar"));
    static final Path VERIFY_JAR = Path.of(System.getProperty("gotong.verifyJar",
            "../ledger/target/gotong-verify.jar"));
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    static Path work;
    static AppProcess app;
    static String key;
    static Path credential;

    record Run(int status, String out, String err) {
    }

    @BeforeAll
    static void startTheProductWithItsDemoData() throws Exception {
        assertThat(GOTONG_JAR).as("built by infra/app's package phase").isRegularFile();
        assertThat(VERIFY_JAR).as("built by infra/ledger's package phase").isRegularFile();
        app = AppProcess.startJar("gotong", GOTONG_JAR, work, Map.of(), List.of("-Xmx512m", "-XX:TieredStopAtLevel=1"));
        app.awaitReady(Duration.ofMinutes(4));
        assertThat(get("/api/collaborations/toba-smart-governance")).as("the demo data").contains("Toba");
        key = get("/api/ledger/key").strip();
        credential = work.resolve("data/operator.credential");
        // The demo data is recorded at start-up; wait until a signed checkpoint covers some of it.
        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(500))
                .until(() -> checkpointSize() > 0);
    }

    @AfterAll
    static void stop() {
        if (app != null) {
            app.close();
        }
    }

    @Test
    void theStandaloneVerifierVerifiesTheDemoLedger() throws Exception {
        long size = checkpointSize();

        Run run = java("-jar", VERIFY_JAR.toString(), "verify", "--server", app.uri("").toString(),
                "--token-file", credential.toString(), "--key", key);

        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("VERIFIED: ").contains(" entries, root ");
        long verified = Long.parseLong(run.out().substring("VERIFIED: ".length(), run.out().indexOf(" entries")));
        assertThat(verified).as("the demo ledger, at least up to the checkpoint read before").isPositive()
                .isGreaterThanOrEqualTo(size);
        assertThat(run.err()).contains("checkpoint: size ").contains("(100 %)");
    }

    @Test
    void theApplicationJarVerifiesTheSameLedgerWithTheSameOptions() throws Exception {
        Run small = java("-jar", VERIFY_JAR.toString(), "verify", "--server", app.uri("").toString(),
                "--token-file", credential.toString(), "--key", key);
        Run big = java("-jar", GOTONG_JAR.toString(), "verify", "--server", app.uri("").toString(),
                "--token-file", credential.toString(), "--key", key);

        assertThat(big.status()).as(big.err()).isZero();
        assertThat(small.status()).as(small.err()).isZero();
        assertThat(big.out()).startsWith("VERIFIED: ");
        assertThat(small.out()).startsWith("VERIFIED: ");
    }

    @Test
    void aWrongKeyFailsWithExitOneAndNoCredentialStopsAtTheFirstWithheldEvent() throws Exception {
        String otherKey = NoteSigner.generate(key.substring(0, key.indexOf('+'))).verifierKey();
        Run wrongKey = java("-jar", VERIFY_JAR.toString(), "verify", "--server", app.uri("").toString(),
                "--token-file", credential.toString(), "--key", otherKey);
        assertThat(wrongKey.status()).isEqualTo(1);
        assertThat(wrongKey.out()).startsWith("FAILED: latest checkpoint does not verify");

        Run anonymous = java("-jar", VERIFY_JAR.toString(), "verify", "--server", app.uri("").toString(),
                "--key", key);
        assertThat(anonymous.status()).isEqualTo(1);
        assertThat(anonymous.out()).contains("--token-file");
    }

    @Test
    void theStandaloneVerifierReadsNoDatabase() throws Exception {
        Run run = java("-jar", VERIFY_JAR.toString(), "verify", "--mongodb-uri", "mongodb://127.0.0.1:1",
                "--key", key);
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("needs gotong.jar verify");

        Run usage = java("-jar", VERIFY_JAR.toString());
        assertThat(usage.status()).isEqualTo(2);
        assertThat(usage.err()).startsWith("usage: verify (--server URL");
    }

    static long checkpointSize() throws IOException, InterruptedException {
        return Long.parseLong(get("/api/ledger/checkpoint").split("\n")[1]);
    }

    static String get(String path) throws IOException, InterruptedException {
        HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(app.uri(path))
                .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as(path + ": " + answer.body()).isEqualTo(200);
        return answer.body();
    }

    static Run java(String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(List.of(arguments));
        Path out = Files.createTempFile(work, "verify", ".out");
        Path err = Files.createTempFile(work, "verify", ".err");
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).as("the verifier finished").isTrue();
        return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }
}
