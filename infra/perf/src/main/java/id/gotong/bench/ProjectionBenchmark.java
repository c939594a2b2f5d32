package id.gotong.bench;

import com.mongodb.client.MongoCollection;
import id.gotong.GotongApplication;
import id.gotong.collaboration.RegisterCollaboration;
import id.gotong.eventstore.MongoLedgerStorageEngine;
import id.gotong.config.StoredHistory;
import id.gotong.events.MeetingCadence;
import id.gotong.events.Sector;
import id.gotong.events.SharedGoalEvent.GoalKind;
import id.gotong.events.SmartCityDimension;
import id.gotong.goal.ProposeSharedGoal;
import id.gotong.projection.Entry;
import id.gotong.projection.Projector;
import id.gotong.projection.RandomLedger;
import id.gotong.projection.ReadModels;
import id.gotong.queryside.QuerySide;
import id.gotong.projection.Rebuild;
import id.gotong.personaldata.PersonalDataCipher;
import id.gotong.personaldata.SubjectKeys;
import id.gotong.serialization.GotongJson;
import id.gotong.stakeholder.RegisterStakeholder;
import id.gotong.web.Caller;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.AnnotationRevisionResolver;
import org.axonframework.serialization.Serializer;
import org.bson.BsonDocument;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.Disposable;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Projection figures, each next to its limit measured in the same run: a rebuild against a raw scan of the event
 * collection, the live projector's batch path, and the latency from an acknowledged append to its Server-Sent Event.
 * Run with {@code ./mvnw -o -q -pl infra/perf -am -Pbench process-test-classes -Dbench=projection}; prints progress
 * and a markdown table.
 * {@link PerformanceBenchmark} runs it too, with its own sizes, and takes its {@link Result}.
 */
public final class ProjectionBenchmark {

    /**
     * @param events         generated events stored and projected ({@code bench.events})
     * @param collaborations collaborations among them ({@code bench.collaborations})
     * @param stakeholders   stakeholders among them ({@code bench.stakeholders})
     * @param rounds         times scan, read, rebuild and live projector are measured ({@code bench.rounds})
     * @param ssePushes      appends whose Server-Sent Event is timed ({@code bench.ssePushes})
     * @param dataDir        where data files are created ({@code bench.dataDir})
     * @param output         where the Markdown table is written ({@code bench.output})
     */
    public record Settings(int events, int collaborations, int stakeholders, int rounds, int ssePushes, Path dataDir,
                           Path output) {

        public static Settings fromSystemProperties() {
            return new Settings(Integer.getInteger("bench.events", 100_000),
                    Integer.getInteger("bench.collaborations", 200), Integer.getInteger("bench.stakeholders", 600),
                    Integer.getInteger("bench.rounds", 2), Integer.getInteger("bench.ssePushes", 200),
                    Path.of(System.getProperty("bench.dataDir", "target/bench")),
                    Path.of(System.getProperty("bench.output", "target/bench/projection.md")));
        }
    }

    /** Events per second per round, and the push latency in milliseconds. */
    public record Result(double[] scan, double[] read, double[] rebuild, double[] live, double sseP50, double sseP99,
                         double sseMax, long sseMissed, String markdown) {
    }

    private final int events;
    private final int collaborations;
    private final int stakeholders;
    private final int rounds;
    private final int ssePushes;
    private final Path dataDir;
    private final Path output;
    private final Serializer serializer = GotongJson.events(new AnnotationRevisionResolver(),
            new PersonalDataCipher(SubjectKeys.inMemory()));
    private final PrintStream out;
    private final long started = System.nanoTime();
    private double sseP50;
    private double sseP99;
    private double sseMax;
    private long sseMissed;

    public ProjectionBenchmark(Settings settings, PrintStream out) {
        this.events = settings.events();
        this.collaborations = settings.collaborations();
        this.stakeholders = settings.stakeholders();
        this.rounds = settings.rounds();
        this.ssePushes = settings.ssePushes();
        this.dataDir = settings.dataDir();
        this.output = settings.output();
        this.out = out;
    }

    public static void main(String[] args) throws Exception {
        GotongApplication.quietAxonDefaults();
        new ProjectionBenchmark(Settings.fromSystemProperties(), System.out).run();
        System.exit(0);
    }

    public Result run() throws Exception {
        double[] scan = new double[rounds];
        double[] read = new double[rounds];
        double[] rebuild = new double[rounds];
        double[] live = new double[rounds];
        String startedAt = ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        progress(String.format(Locale.ROOT, "projection benchmark: %,d events, %d collaborations, %d stakeholders, "
                + "%d rounds, %d SSE pushes", events, collaborations, stakeholders, rounds, ssePushes));
        List<String> rows = new ArrayList<>();
        try (Scenario scenario = Scenario.start(dataDir, "projection")) {
            MongoLedgerStorageEngine engine = MongoLedgerStorageEngine.builder()
                    .database(scenario.database).clock(Clock.systemUTC())
                    .eventSerializer(serializer).snapshotSerializer(serializer).build();
            engine.ensureIndexes();
            List<Entry> history = RandomLedger.generate(20261122L, collaborations, stakeholders, events);
            load(engine, history);
            MongoCollection<BsonDocument> commits = scenario.database.getCollection("events", BsonDocument.class);
            StoredHistory stored = new StoredHistory(engine);
            ReadModels models = QuerySide.readModels(scenario.database);
            models.ensureIndexes();
            for (int round = 0; round < rounds; round++) {
                scan[round] = rawScan(commits);
                progress(String.format(Locale.ROOT, "round %d: raw scan %,.0f events/s", round + 1, scan[round]));
                read[round] = readAll(stored);
                progress(String.format(Locale.ROOT, "round %d: read and deserialize %,.0f events/s", round + 1,
                        read[round]));
                int shown = round + 1;
                Rebuild.Progress done = new Rebuild(models, stored, Clock.systemUTC()).run(p -> {
                    if (p.processed() > 0 && p.processed() % 20_000 == 0) {
                        progress(String.format(Locale.ROOT, "round %d: rebuild %,d / %,d events", shown,
                                p.processed(), p.total()));
                    }
                });
                rebuild[round] = done.eventsPerSecond();
                progress(String.format(Locale.ROOT, "round %d: rebuild %,.0f events/s", round + 1, rebuild[round]));
                live[round] = liveBatches(scenario, stored);
                progress(String.format(Locale.ROOT, "round %d: live projector (batches of 100) %,.0f events/s",
                        round + 1, live[round]));
            }
            rows.add(row("raw `find()` scan of the event collection (the limit)", scan, scan));
            rows.add(row("read and deserialize every event (`StoredHistory`, pages of 1,000)", read, scan));
            rows.add(row("**rebuild** (`Rebuild`: read, fold, write the other generation, make it current)", rebuild, scan));
            rows.add(row("live projector (`Projector`, batches of 100: heads per batch, a snapshot every 250 events)", live,
                    scan));
        }
        String latency = sseLatency();
        long seconds = (System.nanoTime() - started) / 1_000_000_000L;
        String markdown = "Run " + startedAt + ", " + seconds + " s, " + Runtime.getRuntime().availableProcessors()
                + " cores, Java " + Runtime.version() + ", embedded server (durable H2 backend).\n\n"
                + String.format(Locale.ROOT, "%,d generated events (`RandomLedger`, seed 20261122), %d "
                + "collaborations, %d stakeholders, stored 10 events per commit.%n%n", events, collaborations,
                stakeholders)
                + "| what | events/s per round | vs raw scan |\n| --- | --- | --- |\n" + String.join("\n", rows)
                + "\n\n" + latency + "\n";
        Files.createDirectories(output.toAbsolutePath().getParent());
        Files.writeString(output, markdown, StandardCharsets.UTF_8);
        out.println();
        out.println(markdown);
        progress("done; table written to " + output.toAbsolutePath());
        return new Result(scan, read, rebuild, live, sseP50, sseP99, sseMax, sseMissed, markdown);
    }

    private void load(MongoLedgerStorageEngine engine, List<Entry> history) {
        Map<String, Long> sequences = new HashMap<>();
        List<GenericDomainEventMessage<?>> commit = new ArrayList<>();
        long start = System.nanoTime();
        int loaded = 0;
        for (Entry entry : history) {
            String aggregateId = Projector.subjectOf(entry.event());
            long sequence = sequences.merge(aggregateId, 1L, Long::sum) - 1;
            commit.add(new GenericDomainEventMessage<>(entry.event().getClass().getEnclosingClass().getSimpleName(),
                    aggregateId, sequence, entry.event(), MetaData.emptyInstance(), entry.eventId(),
                    entry.provenance().recordedAt()));
            if (commit.size() == 10) {
                engine.appendEvents(commit);
                loaded += commit.size();
                commit.clear();
                if (loaded % 10_000 == 0) {
                    progress(String.format(Locale.ROOT, "loading %,d / %,d events (%,.0f events/s)", loaded,
                            history.size(), loaded / ((System.nanoTime() - start) / 1e9)));
                }
            }
        }
        if (!commit.isEmpty()) {
            engine.appendEvents(commit);
        }
        progress(String.format(Locale.ROOT, "loaded %,d events", history.size()));
    }

    private static double rawScan(MongoCollection<BsonDocument> commits) {
        long start = System.nanoTime();
        long counted = 0;
        for (BsonDocument commit : commits.find().batchSize(1000)) {
            counted += commit.getArray("events").size();
        }
        return counted / ((System.nanoTime() - start) / 1e9);
    }

    private double readAll(StoredHistory stored) {
        long start = System.nanoTime();
        long next = 0;
        while (true) {
            List<Entry> page = stored.from(next, Rebuild.PAGE);
            if (page.isEmpty()) {
                break;
            }
            next = page.get(page.size() - 1).position() + 1;
        }
        return next / ((System.nanoTime() - start) / 1e9);
    }

    /** The live path without Axon: pages of 100 through a projector that reads and writes dossiers per batch. */
    private double liveBatches(Scenario scenario, StoredHistory stored) {
        ReadModels models = QuerySide.readModels(scenario.client.getDatabase("bench-live"));
        models.drop();
        Projector projector = new Projector(models, stored, change -> {
        }, false);
        long start = System.nanoTime();
        long next = 0;
        long limit = Math.min(events, 20_000);
        while (next < limit) {
            List<Entry> page = stored.from(next, 100);
            if (page.isEmpty()) {
                break;
            }
            projector.project(page);
            next = page.get(page.size() - 1).position() + 1;
        }
        return next / ((System.nanoTime() - start) / 1e9);
    }

    /** From the moment an append is acknowledged to the moment its change arrives on the collaboration's stream. */
    private String sseLatency() throws IOException {
        Path data = Files.createTempDirectory(dataDir.toAbsolutePath(), "sse-");
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(GotongApplication.class)
                .run("--gotong.mongodb.data-dir=" + data, "--server.port=0", "--gotong.demo.enabled=false",
                        "--gotong.deadlines.interval=1h", "--logging.level.root=WARN")) {
            CommandGateway commands = app.getBean(CommandGateway.class);
            MongoLedgerStorageEngine engine = app.getBean(MongoLedgerStorageEngine.class);
            String port = app.getEnvironment().getProperty("local.server.port");
            commands.sendAndWait(new RegisterStakeholder("bench-lead", Caller.OPERATOR_ID, null, "Bench agency",
                    Sector.GOVERNMENT, "Kabupaten Bench", null));
            commands.sendAndWait(new RegisterCollaboration("bench-col", "bench-lead", null, "Bench", "Kabupaten Bench",
                    Set.of(SmartCityDimension.GOVERNANCE), List.of("Bench"), "bench-lead", MeetingCadence.MONTHLY));
            Map<Long, Long> arrivals = new ConcurrentHashMap<>();
            CountDownLatch opened = new CountDownLatch(1);
            Disposable subscription = WebClient.create("http://localhost:" + port).get()
                    .uri("/api/collaborations/bench-col/stream").retrieve()
                    .bodyToFlux(new ParameterizedTypeReference<ServerSentEvent<String>>() {
                    })
                    .doOnNext(event -> opened.countDown())
                    .filter(event -> event.id() != null)
                    .subscribe(event -> arrivals.putIfAbsent(Long.parseLong(event.id()), System.nanoTime()));
            long[] latencies = new long[ssePushes];
            try {
                if (!opened.await(10, TimeUnit.SECONDS)) {
                    throw new IllegalStateException("the stream did not open");
                }
                for (int i = 0; i < ssePushes; i++) {
                    commands.sendAndWait(new ProposeSharedGoal("bench-goal-" + i, "bench-lead",
                            Instant.parse("2024-01-01T00:00:00Z"), "bench-col", GoalKind.GOAL, "Goal " + i));
                    long acknowledged = System.nanoTime();
                    long position = engine.nextPosition() - 1;
                    long deadline = acknowledged + TimeUnit.SECONDS.toNanos(10);
                    while (!arrivals.containsKey(position) && System.nanoTime() < deadline) {
                        Thread.onSpinWait();
                    }
                    Long arrived = arrivals.get(position);
                    latencies[i] = arrived == null ? -1 : Math.max(0, arrived - acknowledged);
                    if ((i + 1) % 50 == 0) {
                        progress(String.format(Locale.ROOT, "SSE %d / %d", i + 1, ssePushes));
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                subscription.dispose();
            }
            long missed = Arrays.stream(latencies).filter(l -> l < 0).count();
            long[] sorted = Arrays.stream(latencies).filter(l -> l >= 0).sorted().toArray();
            sseMissed = missed;
            sseP50 = ms(percentile(sorted, 0.50));
            sseP99 = ms(percentile(sorted, 0.99));
            sseMax = ms(sorted.length == 0 ? 0 : sorted[sorted.length - 1]);
            return String.format(Locale.ROOT, "Append acknowledged → change on `/api/collaborations/{id}/stream` "
                            + "(%d appends through the command gateway, one at a time; the stream read over HTTP on loopback): p50 %.1f ms, p99 %.1f ms, max %.1f ms"
                            + "%s.", ssePushes, ms(percentile(sorted, 0.50)), ms(percentile(sorted, 0.99)),
                    ms(sorted.length == 0 ? 0 : sorted[sorted.length - 1]),
                    missed == 0 ? "" : "; " + missed + " not pushed within 10 s");
        }
    }

    private static long percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)];
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }

    private static String row(String what, double[] values, double[] limit) {
        StringBuilder perRound = new StringBuilder();
        StringBuilder ratios = new StringBuilder();
        for (int i = 0; i < values.length; i++) {
            perRound.append(i == 0 ? "" : " / ").append(String.format(Locale.ROOT, "%,.0f", values[i]));
            ratios.append(i == 0 ? "" : " / ").append(String.format(Locale.ROOT, "%.2f×", values[i] / limit[i]));
        }
        return "| " + what + " | " + perRound + " | " + ratios + " |";
    }

    private synchronized void progress(String line) {
        long seconds = (System.nanoTime() - started) / 1_000_000_000L;
        out.printf(Locale.ROOT, "[%02d:%02d] %s%n", seconds / 60, seconds % 60, line);
        out.flush();
    }
}
