package id.gotong.reliability;

import id.gotong.bench.AppProcess;
import id.gotong.ledger.NoteVerifier;
import id.gotong.ledger.verify.HttpLedgerSource;
import id.gotong.ledger.verify.LedgerVerifier;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The bounded load test: the application in its own JVM on loopback with its embedded store, {@code collaborations}
 * collaborations of {@code stakeholdersPerCollaboration} stakeholders each recording acts (one writer per
 * collaboration, see {@link ActLoad}) while {@code readers} readers fetch dashboards, feeds, histories, checkpoints and
 * inclusion proofs, for {@code duration}. Then the store is audited against every acknowledged answer
 * ({@link StoreAudit}) and the ledger is verified.
 * <p>
 * {@code ./mvnw -o -q -pl infra/perf -am -Pbench process-test-classes -Dbench=load [-Dload.seconds=180]}: prints
 * progress every {@code load.progressSeconds} and writes the report into docs/reliability.md between the {@value #START} and
 * {@value #END} markers.
 */
public final class LoadRun {

    static final String START = "<!-- load-report:start -->";
    static final String END = "<!-- load-report:end -->";

    /** @param jvmOptions the application JVM's options, e.g. its heap */
    public record Settings(Duration duration, int collaborations, int stakeholdersPerCollaboration, int readers,
                           Duration progressEvery, Path dataDir, Path output, List<String> jvmOptions) {

        public static Settings fromSystemProperties() {
            String output = System.getProperty("load.output", "");
            return new Settings(Duration.ofSeconds(Long.getLong("load.seconds", 180)),
                    Integer.getInteger("load.collaborations", 12), Integer.getInteger("load.stakeholders", 5),
                    Integer.getInteger("load.readers", 4), Duration.ofSeconds(Long.getLong("load.progressSeconds", 5)),
                    Path.of(System.getProperty("load.dataDir", "target/load")),
                    output.isBlank() ? null : Path.of(output), List.of("-Xmx1g"));
        }
    }

    /** What a run measured; {@code loadBefore}/{@code loadAfter} are the machine's 1-minute load averages. */
    public record Report(Settings settings, Instant startedAt, Duration measured, long writes, long writeEvents,
                         long reads, long errors, int unanswered, Map<String, Latencies.Figures> figures,
                         StoreAudit audit, String ledger, boolean ledgerVerified, List<String> errorSamples,
                         String loadBefore, String loadAfter, int cores) {

        public String markdown() {
            double seconds = measured.toMillis() / 1000.0;
            StringBuilder md = new StringBuilder();
            md.append(String.format(Locale.ROOT, "Run of %s, %d cores, load average %s before and %s after"
                            + " (other builds shared the machine when it was above the core count).%n%n",
                    startedAt.truncatedTo(ChronoUnit.SECONDS), cores, loadBefore, loadAfter));
            md.append(String.format(Locale.ROOT, "- %d collaborations × %d stakeholders (%d stakeholders), one writer"
                            + " per collaboration, %d readers, %.0f s measured after set-up%n",
                    settings.collaborations(), settings.stakeholdersPerCollaboration(),
                    settings.collaborations() * settings.stakeholdersPerCollaboration(), settings.readers(), seconds));
            md.append(String.format(Locale.ROOT, "- writes: %d acknowledged (%.1f/s), %d events (%.1f/s); reads: %d"
                            + " (%.1f/s)%n", writes, writes / seconds, writeEvents, writeEvents / seconds, reads,
                    reads / seconds));
            md.append(String.format(Locale.ROOT, "- errors: %d (refused or failed answers), %d writes never"
                            + " answered%n", errors, unanswered));
            md.append(String.format(Locale.ROOT, "- store: %d events in %d commits; acknowledged %d events in %d"
                            + " writes (set-up included), %d of them stored as answered; gaps, partial commits or"
                            + " moved events: %d%n", audit.events(), audit.commits(), audit.acknowledgedEvents(),
                    audit.acknowledgedCommits(), audit.acknowledgedStored(), audit.problems().size()));
            md.append("- ledger: ").append(ledger).append("\n\n");
            md.append("| request | count | errors | p50 ms | p99 ms | max ms |\n")
              .append("| --- | ---: | ---: | ---: | ---: | ---: |\n");
            figures.values().stream().sorted(Comparator.comparing(Latencies.Figures::kind)).forEach(f ->
                    md.append(String.format(Locale.ROOT, "| %s | %d | %d | %.1f | %.1f | %.1f |%n", f.kind(),
                            f.count(), f.errors(), f.p50(), f.p99(), f.max())));
            if (!errorSamples.isEmpty()) {
                md.append("\nFirst errors:\n\n");
                errorSamples.forEach(e -> md.append("- `").append(e.replace('`', '\'').replace('\n', ' '))
                        .append("`\n"));
            }
            return md.toString();
        }
    }

    private LoadRun() {
    }

    public static void main(String[] args) throws Exception {
        if (org.slf4j.LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)
                instanceof ch.qos.logback.classic.Logger root) {
            root.setLevel(ch.qos.logback.classic.Level.WARN);  // no Spring configures logging in this JVM
        }
        Settings settings = Settings.fromSystemProperties();
        Report report = run(settings, System.out);
        System.out.println();
        System.out.println(report.markdown());
        if (settings.output() != null) {
            writeSection(settings.output(), report.markdown());
            System.out.println("report written to " + settings.output());
        }
        boolean clean = report.errors() == 0 && report.unanswered() == 0 && report.audit().ok()
                && report.audit().acknowledgedStored() == report.audit().acknowledgedEvents()
                && report.ledgerVerified();
        if (!clean) {
            System.err.println("LOAD RUN FAILED: errors, lost writes or an unverified ledger; see the report");
            System.exit(1);
        }
    }

    public static Report run(Settings settings, PrintStream progress) throws Exception {
        String loadBefore = loadAverage();
        deleteRecursively(settings.dataDir());
        Path data = settings.dataDir().resolve("data");
        int storePort = AppProcess.freePort();
        Map<String, String> properties = Map.of(
                "gotong.mongodb.data-dir", data.toAbsolutePath().toString(),
                "gotong.mongodb.embedded-port", Integer.toString(storePort),
                "gotong.demo.enabled", "false",
                "gotong.deadlines.interval", "1h");
        try (AppProcess app = AppProcess.start("load-app", settings.dataDir(), properties, settings.jvmOptions())) {
            Duration ready = app.awaitReady(Duration.ofMinutes(4));
            progress.printf("application ready in %d ms (%s; log %s)%n", ready.toMillis(), app, app.log());
            Api api = new Api(app.uri("/"), Duration.ofSeconds(60));
            String operator = Files.readString(data.resolve("operator.credential")).trim();
            ActLoad load = ActLoad.setUp(api, operator,
                    settings.collaborations(), settings.stakeholdersPerCollaboration(), Clock.systemUTC());
            load.awaitProjected(Duration.ofMinutes(2));
            int setUpWrites = load.acknowledged().size();
            long setUpEvents = load.acknowledgedEvents();
            progress.printf("set up %d collaborations with %d writes%n", settings.collaborations(), setUpWrites);

            Instant startedAt = Instant.now();
            long started = System.nanoTime();
            load.start(settings.readers());
            long deadline = started + settings.duration().toNanos();
            long lastWrites = 0;
            long lastReport = started;
            while (System.nanoTime() < deadline) {
                long pause = Math.min(settings.progressEvery().toMillis(), (deadline - System.nanoTime()) / 1_000_000);
                if (pause > 0) {
                    Thread.sleep(pause);  // the load runs on its own threads; this one only reports
                }
                long now = System.nanoTime();
                long writes = load.acknowledged().size() - setUpWrites;
                long total = load.latencies().successes();
                progress.printf(Locale.ROOT, "%5.0f s: %d writes (%.1f/s now), %d reads, %d errors, %d in flight%n",
                        (now - started) / 1e9, writes, (writes - lastWrites) / ((now - lastReport) / 1e9),
                        total - writes - setUpWrites, load.latencies().errors(), load.inFlight());
                lastWrites = writes;
                lastReport = now;
            }
            load.stop();
            Duration measured = Duration.ofNanos(System.nanoTime() - started);

            StoreAudit audit = StoreAudit.of("mongodb://127.0.0.1:" + storePort, "gotong", load.acknowledged());
            progress.println("store audit: " + audit);
            String ledger;
            boolean verified;
            try {
                long deadlineLedger = System.nanoTime() + Duration.ofMinutes(2).toNanos();
                while (checkpointSize(api) < audit.events() && System.nanoTime() < deadlineLedger) {
                    Thread.sleep(200);  // the ledger appender catches up in the application's process
                }
                LedgerVerifier.Result result = verify(api, operator);
                ledger = result.verdict();
                verified = result.verified() && result.treeSize() == audit.events();
            } catch (IOException e) {
                ledger = "not verified: " + e;
                verified = false;
            }
            progress.println("ledger: " + ledger);

            Map<String, Latencies.Figures> figures = load.latencies().figures();
            long writes = load.acknowledged().size() - setUpWrites;
            long writeEvents = load.acknowledgedEvents() - setUpEvents;
            long reads = figures.values().stream().filter(f -> f.kind().startsWith("read-"))
                    .mapToLong(Latencies.Figures::count).sum();
            figures.keySet().removeIf(kind -> kind.equals("register-stakeholder") || kind.equals("admit-member")
                    || kind.equals("register-collaboration"));
            return new Report(settings, startedAt, measured, writes, writeEvents, reads, load.latencies().errors(),
                    load.unanswered(), figures, audit, ledger, verified, load.errorSamples(), loadBefore,
                    loadAverage(), Runtime.getRuntime().availableProcessors());
        }
    }

    static long checkpointSize(Api api) {
        try {
            Api.Answer answer = api.get("/api/ledger/checkpoint");
            return answer.status() == 200 ? Long.parseLong(answer.text().split("\n")[1]) : -1;
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    /** Verifies every leaf, which needs the withheld fields: {@code token} is the operator's or an auditor's. */
    static LedgerVerifier.Result verify(Api api, String token) throws IOException, InterruptedException {
        NoteVerifier key = NoteVerifier.parse(api.get("/api/ledger/key").text().strip());
        ByteArrayOutputStream progress = new ByteArrayOutputStream();
        try (HttpLedgerSource source = new HttpLedgerSource(api.base().toString(), token)) {
            return new LedgerVerifier(key, new PrintStream(progress, true, StandardCharsets.UTF_8))
                    .verify(source, null);
        }
    }

    /** Replaces what lies between the markers in {@code file} with {@code section}. */
    static void writeSection(Path file, String section) throws IOException {
        String text = Files.readString(file);
        int start = text.indexOf(START);
        int end = text.indexOf(END);
        if (start < 0 || end < start) {
            throw new IllegalStateException(file + " has no " + START + " … " + END + " section");
        }
        Files.writeString(file, text.substring(0, start + START.length()) + "\n\n" + section + "\n"
                + text.substring(end));
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    private static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
