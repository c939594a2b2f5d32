package id.gotong.bench;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import id.gotong.eventstore.MongoLedgerStorageEngine;
import id.gotong.personaldata.PersonalDataCipher;
import id.gotong.personaldata.SubjectKeys;
import id.gotong.serialization.GotongJson;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.extensions.mongo.DefaultMongoTemplate;
import org.axonframework.extensions.mongo.eventsourcing.eventstore.MongoEventStorageEngine;
import org.axonframework.serialization.AnnotationRevisionResolver;
import org.axonframework.serialization.Serializer;
import org.bson.BsonDocument;
import org.bson.BsonInt64;
import org.bson.BsonValue;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import static com.mongodb.client.model.Filters.in;

/**
 * Throughput of the Gotong event store ({@link MongoLedgerStorageEngine}) on the embedded MongoDB-wire server, next to
 * the raw driver and to Axon's stock {@link MongoEventStorageEngine} on the same kind of server. A harness, not a
 * test: it prints progress while it runs, then a Markdown table, which it also writes to {@code bench.output}.
 * <p>
 * Run it (from the repository root) with
 * <pre>
 * ./mvnw -o -q -pl infra/perf -am -Pbench process-test-classes -Dbench=storage
 * ./mvnw -o -q -pl infra/perf -am -Pbench process-test-classes -Dbench=storage \
 *        -Dbench.sizes=1000,20000 -Dbench.commits=1000 -Dbench.stockMaxMinutes=2
 * </pre>
 * The {@code bench} profile compiles infra and runs this class in Maven's JVM with exec-maven-plugin's {@code java}
 * goal, writing {@code infra/perf/target/bench/storage.md}. Parameters (system properties, defaults in
 * {@link BenchSettings#fromSystemProperties()}): {@code bench.sizes} (1000,20000,100000), {@code bench.commits}
 * (3000), {@code bench.rounds} (2), {@code bench.threads} (8), {@code bench.groupThreads} (1,8,16),
 * {@code bench.loadEventsPerCommit} (10),
 * {@code bench.stockSizes} (1000,20000,100000), {@code bench.stockMaxMinutes} (10),
 * {@code bench.stockReadMaxMinutes} (2), {@code bench.warmupCommits} (1000, unreported), {@code bench.output},
 * {@code bench.dataDir} (the profile puts both under {@code infra/perf/target/bench}; data files are deleted after each
 * scenario). The default run took about 25 minutes on 2 cores before figure 3 was added; figure 3 adds
 * 3 × {@code bench.rounds} appends of {@code bench.commits} commits per thread count.
 * <p>
 * Every scenario runs on its own {@link id.gotong.embedded.EmbeddedMongoServer} on a fresh temporary data file (the
 * durable H2 backend: a write is acknowledged after its commit to the file).
 * <ol>
 *   <li>Appends: commits per second through {@code appendEvents(List)} of the engine with its defaults (group
 *   commit on; no unit of work, no event bus), 1 and 10 events per commit, 1 thread and {@code bench.threads} threads sharing one engine instance (as the
 *   application does), each thread appending to its own aggregates. "Raw driver" is {@code insertOne} of a document
 *   of the same shape, built in the timed loop with the same serializer, into a collection with the same unique
 *   indexes; raw writers take their positions from an {@code AtomicLong}, so they never collide. Each
 *   configuration is measured {@code bench.rounds} times, ours, raw and stock in turn; the best rate counts.</li>
 *   <li>Stream reads: one store is loaded once, single-threaded, to each size in turn, by default in 10-event
 *   commits (with 1-event commits, loading 100,000 events would take about 10 minutes on 2 shared cores); at
 *   each size the stream is read from position 0 with {@link EmbeddedEventStore#openStream} (null token) consumed
 *   to the last event, deserializing every payload. Raw driver: a plain {@code find()} over all documents (batch
 *   size 1,000) and {@code $in} on {@code _id}, 100 ids per query; the faster counts. An untimed {@code find()}
 *   pass precedes the timed reads so all start on a warm cache. The append rate of the load is reported over its
 *   first and its last 10 %, with the clock stopped during reads.</li>
 *   <li>Group commit: 1-event commits at each of {@code bench.groupThreads} threads, through an engine with group
 *   commit, through one with {@code groupCommit(false)} (one insert per commit) and as raw {@code insertOne}s as
 *   in figure 1; each round measures the three in turn, the best of {@code bench.rounds} counts. The note gives the
 *   insert commands the group-commit engine sent (counted by a driver command listener).</li>
 * </ol>
 * Axon's stock engine ({@link DefaultMongoTemplate}, default document-per-event strategy, same serializer) fills the
 * stock column of figures 1 and 2: the same append measurement (1 event per commit, 1 thread) and the same
 * load-and-read, with loading stopped after {@code bench.stockMaxMinutes} and each read after
 * {@code bench.stockReadMaxMinutes}.
 */
public final class StorageBenchmark {

    private static final String NONE = "—";

    private final BenchSettings settings;
    private final PrintStream out;
    private final Serializer serializer = GotongJson.events(new AnnotationRevisionResolver(),
            new PersonalDataCipher(SubjectKeys.inMemory()));
    private final long started = System.nanoTime();

    private final List<Row> appendRows = new ArrayList<>();
    private final List<Row> groupRows = new ArrayList<>();
    private final Map<Integer, String[]> oursReads = new TreeMap<>();
    private final Map<Integer, double[]> oursLoads = new TreeMap<>();
    private final Map<Integer, String> stockReads = new TreeMap<>();
    private final Map<Integer, double[]> stockLoads = new TreeMap<>();
    private String stockNotReached;

    /** One line of the table; the value columns hold a number or {@link #NONE}. */
    public record Row(String figure, String measurement, String gotong, String raw, String ratio, String stock,
                      String note) {
    }

    /** The outcome of a run: the rows and the whole Markdown text as written to the output file. */
    public record Report(List<Row> rows, String markdown) {
    }

    /**
     * Figure 3 at one thread count, best of the rounds, in commits per second; {@code insertsPerRound} are the insert
     * commands the group-commit engine sent in each round for {@code commits} commits.
     */
    public record GroupCommit(int threads, int commits, double group, double single, double raw,
                              List<Long> insertsPerRound) {
    }

    private final List<GroupCommit> groupCommits = new ArrayList<>();

    public StorageBenchmark(BenchSettings settings, PrintStream out) {
        this.settings = settings;
        this.out = out;
    }

    public static void main(String[] args) throws Exception {
        quietLogging();
        Report report = new StorageBenchmark(BenchSettings.fromSystemProperties(), System.out).run();
        System.out.println();
        System.out.println(report.markdown());
    }

    public Report run() throws Exception {
        String startedAt = ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        String loadAtStart = PerformanceBenchmark.loadAverage();
        progress("storage benchmark: " + settings.describe());
        progress(environment() + "; load average " + loadAtStart);

        warmUp();
        appends();
        groupCommit();
        oursStream();
        stockStream();

        List<Row> rows = rows();
        long seconds = (System.nanoTime() - started) / 1_000_000_000L;
        String markdown = markdown(rows, startedAt, loadAtStart, PerformanceBenchmark.loadAverage(), seconds);
        Path output = settings.output().toAbsolutePath();
        Files.createDirectories(output.getParent());
        Files.writeString(output, markdown, StandardCharsets.UTF_8);
        progress("done in " + clock(seconds) + "; table written to " + output);
        return new Report(rows, markdown);
    }

    /** Figure 3 alone (group commit, one write per commit, raw inserts), without warm-up or the other figures. */
    public List<GroupCommit> groupCommitOnly() throws Exception {
        progress("group commit: " + settings.describe());
        groupCommit();
        return List.copyOf(groupCommits);
    }

    // ---------------------------------------------------------------------------------------------- phases

    private void warmUp() throws Exception {
        int commits = settings.warmupCommits();
        if (commits <= 0) {
            return;
        }
        // The JIT must have compiled the single-threaded paths too: a first measurement right after a short,
        // multi-threaded warm-up came out at half the rate of a repeat on a busy machine.
        for (int eventsPerCommit : List.of(1, 10)) {
            int warmupCommits = eventsPerCommit == 1 ? commits : Math.max(1, commits / 5);
            try (Scenario scenario = scenario("warmup-ours")) {
                MongoLedgerStorageEngine engine = ours(scenario.database);
                appendRate("warm-up ours " + eventsPerCommit + " ev", 1, warmupCommits, eventsPerCommit,
                        (writer, index, events) -> engine.appendEvents(events));
                readStream("warm-up ours read", engine, (long) warmupCommits * eventsPerCommit, Long.MAX_VALUE);
            }
            try (Scenario scenario = scenario("warmup-raw")) {
                MongoCollection<BsonDocument> raw = rawCollection(scenario.database);
                AtomicLong next = new AtomicLong();
                appendRate("warm-up raw " + eventsPerCommit + " ev", 1, warmupCommits, eventsPerCommit,
                        (writer, index, events) -> raw.insertOne(
                                BenchEvents.rawCommit(events, next.getAndAdd(events.size()), serializer)));
                rawFind(raw);
                rawInById(raw, eventsPerCommit, (long) warmupCommits * eventsPerCommit);
            }
        }
        try (Scenario scenario = scenario("warmup-stock")) {
            MongoEventStorageEngine engine = stock(scenario.database);
            appendRate("warm-up stock", 1, commits, 1, (writer, index, events) -> engine.appendEvents(events));
            readStream("warm-up stock read", engine, commits, Long.MAX_VALUE);
        }
    }

    /** Each configuration is measured {@code bench.rounds} times (ours, raw, stock, ours, ...); the best counts. */
    private void appends() throws Exception {
        int rounds = settings.rounds();
        for (int eventsPerCommit : List.of(1, 10)) {
            for (int threads : List.of(1, settings.threads())) {
                String config = eventsPerCommit + (eventsPerCommit == 1 ? " event" : " events") + "/commit, "
                        + threads + (threads == 1 ? " thread" : " threads");
                boolean withStock = eventsPerCommit == 1 && threads == 1;
                double[] ours = new double[rounds];
                double[] raw = new double[rounds];
                double[] stock = new double[rounds];
                for (int round = 0; round < rounds; round++) {
                    String suffix = rounds == 1 ? "" : " (round " + (round + 1) + "/" + rounds + ")";
                    try (Scenario scenario = scenario("append-ours")) {
                        MongoLedgerStorageEngine engine = ours(scenario.database);
                        ours[round] = appendRate("append ours, " + config + suffix, threads, settings.commits(),
                                eventsPerCommit, (writer, index, events) -> engine.appendEvents(events));
                        fileSize(scenario);
                    }
                    try (Scenario scenario = scenario("append-raw")) {
                        MongoCollection<BsonDocument> collection = rawCollection(scenario.database);
                        AtomicLong next = new AtomicLong();
                        raw[round] = appendRate("append raw, " + config + suffix, threads, settings.commits(),
                                eventsPerCommit, (writer, index, events) -> collection.insertOne(
                                        BenchEvents.rawCommit(events, next.getAndAdd(events.size()), serializer)));
                        fileSize(scenario);
                    }
                    if (withStock) {
                        try (Scenario scenario = scenario("append-stock")) {
                            MongoEventStorageEngine engine = stock(scenario.database);
                            stock[round] = appendRate("append stock, " + config + suffix, 1, settings.commits(), 1,
                                    (writer, index, events) -> engine.appendEvents(events));
                        }
                    }
                }
                double bestOurs = max(ours);
                double bestRaw = max(raw);
                List<String> notes = new ArrayList<>();
                if (rounds > 1) {
                    notes.add("best of " + rounds + ": ours " + numbers(ours) + ", raw " + numbers(raw)
                            + (withStock ? ", stock " + numbers(stock) : ""));
                }
                if (withStock) {
                    notes.add("stock / raw " + ratio(max(stock), bestRaw));
                }
                if (threads > 1) {
                    notes.add("our threads share one engine instance");
                }
                appendRows.add(new Row("1", "Append, " + config + " (commits/s)", number(bestOurs), number(bestRaw),
                        ratio(bestOurs, bestRaw), withStock ? number(max(stock)) : NONE, String.join("; ", notes)));
            }
        }
    }

    /**
     * Figure 3: the same 1-event commits through an engine with group commit, through one that writes every commit
     * on its own, and as raw {@code insertOne}s, at each of {@code bench.groupThreads}; one round measures the three
     * in turn, the best of {@code bench.rounds} counts.
     */
    private void groupCommit() throws Exception {
        int rounds = settings.rounds();
        for (int threads : settings.groupThreads()) {
            String config = "1 event/commit, " + threads + (threads == 1 ? " thread" : " threads");
            double[] group = new double[rounds];
            double[] single = new double[rounds];
            double[] raw = new double[rounds];
            long[] groupInserts = new long[rounds];
            for (int round = 0; round < rounds; round++) {
                String suffix = rounds == 1 ? "" : " (round " + (round + 1) + "/" + rounds + ")";
                try (Scenario scenario = scenario("group-commit")) {
                    MongoLedgerStorageEngine engine = ours(scenario.database, true);
                    group[round] = appendRate("group commit, " + config + suffix, threads, settings.commits(), 1,
                            (writer, index, events) -> engine.appendEvents(events));
                    groupInserts[round] = scenario.insertCommands();
                    progress("group commit: " + settings.commits() + " commits in " + groupInserts[round]
                            + " insert commands");
                }
                try (Scenario scenario = scenario("one-write-per-commit")) {
                    MongoLedgerStorageEngine engine = ours(scenario.database, false);
                    single[round] = appendRate("one write per commit, " + config + suffix, threads,
                            settings.commits(), 1, (writer, index, events) -> engine.appendEvents(events));
                }
                try (Scenario scenario = scenario("group-raw")) {
                    MongoCollection<BsonDocument> collection = rawCollection(scenario.database);
                    AtomicLong next = new AtomicLong();
                    raw[round] = appendRate("raw insertOne, " + config + suffix, threads, settings.commits(), 1,
                            (writer, index, events) -> collection.insertOne(
                                    BenchEvents.rawCommit(events, next.getAndAdd(events.size()), serializer)));
                }
            }
            double bestGroup = max(group);
            double bestSingle = max(single);
            double bestRaw = max(raw);
            String rounds3 = rounds > 1 ? "best of " + rounds + ": group " + numbers(group) + ", one write per commit "
                    + numbers(single) + ", raw " + numbers(raw) + "; " : "";
            String inserts = String.join(" / ", java.util.Arrays.stream(groupInserts).mapToObj(String::valueOf)
                                                                 .toList());
            groupCommits.add(new GroupCommit(threads, settings.commits(), bestGroup, bestSingle, bestRaw,
                    java.util.Arrays.stream(groupInserts).boxed().toList()));
            groupRows.add(new Row("3", "Append with group commit, " + config + " (commits/s)", number(bestGroup),
                    number(bestRaw), ratio(bestGroup, bestRaw), NONE, rounds3 + "group / one write per commit "
                    + ratio(bestGroup, bestSingle) + "; " + settings.commits() + " commits in " + inserts
                    + " insert commands"));
            groupRows.add(new Row("3", "Append, one write per commit, " + config + " (commits/s)",
                    number(bestSingle), number(bestRaw), ratio(bestSingle, bestRaw), NONE,
                    threads > 1 ? "our threads share one engine instance" : ""));
        }
    }

    private static double max(double[] values) {
        return java.util.Arrays.stream(values).max().orElseThrow();
    }

    private static String numbers(double[] values) {
        return String.join(" / ", java.util.Arrays.stream(values).mapToObj(StorageBenchmark::number).toList());
    }

    private void oursStream() throws Exception {
        if (settings.sizes().isEmpty()) {
            return;
        }
        int perCommit = settings.loadEventsPerCommit();
        try (Scenario scenario = scenario("stream-ours")) {
            MongoLedgerStorageEngine engine = ours(scenario.database);
            MongoCollection<BsonDocument> events = scenario.database.getCollection("events", BsonDocument.class);
            Loader loader = new Loader(settings.sizes().get(settings.sizes().size() - 1), perCommit);
            for (int size : settings.sizes()) {
                loader.loadTo("load ours to " + number(size), size, Long.MAX_VALUE,
                        (writer, index, commit) -> engine.appendEvents(commit));
                loader.pause();
                fileSize(scenario);
                rawFind(events);
                Read find = rawFind(events);
                progress("raw find() at " + number(size) + ": " + find);
                Read byId = rawInById(events, perCommit, size);
                progress("raw $in _id at " + number(size) + ": " + byId);
                Read stream = readStream("stream ours at " + number(size), engine, size, Long.MAX_VALUE);
                loader.resume();
                expect(find.events() == size && byId.events() == size, "raw reads saw " + find.events() + " and "
                        + byId.events() + " events, expected " + size);
                double raw = Math.max(find.rate(), byId.rate());
                oursReads.put(size, new String[]{number(stream.rate()), number(raw), ratio(stream.rate(), raw),
                        "stored as " + perCommit + "-event commits; raw: find() " + number(find.rate())
                                + ", $in by _id " + number(byId.rate())});
                oursLoads.put(size, loader.firstAndLastTenth(size));
            }
        }
    }

    private void stockStream() throws Exception {
        if (settings.stockSizes().isEmpty()) {
            return;
        }
        long loadBudget = nanos(settings.stockMaxMinutes());
        long readBudget = nanos(settings.stockReadMaxMinutes());
        try (Scenario scenario = scenario("stream-stock")) {
            MongoEventStorageEngine engine = stock(scenario.database);
            Loader loader = new Loader(settings.stockSizes().get(settings.stockSizes().size() - 1), 1);
            for (int size : settings.stockSizes()) {
                boolean reached = loader.loadTo("load stock to " + number(size), size, loadBudget,
                        (writer, index, commit) -> engine.appendEvents(commit));
                if (!reached) {
                    stockNotReached = "loading stopped after " + settings.stockMaxMinutes() + " min at "
                            + number(loader.events()) + " events";
                    progress("stock: " + stockNotReached);
                    break;
                }
                loader.pause();
                fileSize(scenario);
                Read stream = readStream("stream stock at " + number(size), engine, size, readBudget);
                loader.resume();
                stockReads.put(size, number(stream.rate()) + (stream.events() < size
                        ? " (read stopped after " + settings.stockReadMaxMinutes() + " min at "
                          + number(stream.events()) + " events)" : ""));
                stockLoads.put(size, loader.firstAndLastTenth(size));
            }
        }
    }

    // ---------------------------------------------------------------------------------------------- engines

    private MongoLedgerStorageEngine ours(MongoDatabase database) {
        return ours(database, true);
    }

    private MongoLedgerStorageEngine ours(MongoDatabase database, boolean groupCommit) {
        MongoLedgerStorageEngine engine = MongoLedgerStorageEngine.builder()
                .database(database)
                .clock(Clock.systemUTC())
                .groupCommit(groupCommit)
                .eventSerializer(serializer)
                .snapshotSerializer(serializer)
                .build();
        engine.ensureIndexes();
        return engine;
    }

    private MongoEventStorageEngine stock(MongoDatabase database) {
        return MongoEventStorageEngine.builder()
                .mongoTemplate(DefaultMongoTemplate.builder().mongoDatabase(database).build())
                .eventSerializer(serializer)
                .snapshotSerializer(serializer)
                .build();
    }

    /** A collection with the same unique indexes as {@link MongoLedgerStorageEngine#ensureIndexes()}. */
    static MongoCollection<BsonDocument> rawCollection(MongoDatabase database) {
        MongoCollection<BsonDocument> collection = database.getCollection("events", BsonDocument.class);
        collection.createIndex(Indexes.ascending("positions"), new IndexOptions().unique(true).name("positions"));
        collection.createIndex(Indexes.ascending("aggregateKeys"),
                new IndexOptions().unique(true).sparse(true).name("aggregateKeys"));
        collection.createIndex(Indexes.ascending("eventIds"), new IndexOptions().unique(true).name("eventIds"));
        return collection;
    }

    // ---------------------------------------------------------------------------------------------- measurements

    @FunctionalInterface
    interface CommitSink {
        void append(String writer, int commitIndex, List<EventMessage<?>> events) throws Exception;
    }

    /** Commits per second of {@code commits} commits split over {@code threads} writers with their own aggregates. */
    private double appendRate(String label, int threads, int commits, int eventsPerCommit, CommitSink sink)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch go = new CountDownLatch(1);
        AtomicInteger done = new AtomicInteger();
        int step = Math.max(1, commits / 10);
        long[] start = new long[1];
        List<Future<?>> writers = new ArrayList<>();
        try {
            for (int t = 0; t < threads; t++) {
                String writer = "w" + t;
                int share = commits / threads + (t < commits % threads ? 1 : 0);
                writers.add(pool.submit(() -> {
                    go.await();
                    for (int i = 0; i < share; i++) {
                        sink.append(writer, i, BenchEvents.commit(writer, i, eventsPerCommit));
                        int total = done.incrementAndGet();
                        if (total % step == 0) {
                            double seconds = (System.nanoTime() - start[0]) / 1e9;
                            progress(String.format(Locale.ROOT, "%s: %3d%% (%d/%d commits, %s commits/s so far)",
                                    label, 100L * total / commits, total, commits, number(total / seconds)));
                        }
                    }
                    return null;
                }));
            }
            start[0] = System.nanoTime();
            go.countDown();
            for (Future<?> writer : writers) {
                writer.get();
            }
            return commits * 1e9 / (System.nanoTime() - start[0]);
        } finally {
            pool.shutdownNow();
            pool.awaitTermination(1, TimeUnit.MINUTES);
        }
    }

    record Read(long events, long nanos) {
        double rate() {
            return events * 1e9 / Math.max(1, nanos);
        }

        @Override
        public String toString() {
            return number(events) + " events in " + String.format(Locale.ROOT, "%.2f s", nanos / 1e9) + " = "
                    + number(rate()) + " events/s";
        }
    }

    /** Streams {@code expected} events from position 0 through an {@link EmbeddedEventStore}, payloads deserialized. */
    private Read readStream(String label, EventStorageEngine engine, long expected, long budgetNanos)
            throws InterruptedException {
        EmbeddedEventStore store = EmbeddedEventStore.builder().storageEngine(engine).build();
        long step = Math.max(1, expected / 10);
        long count = 0;
        long start = System.nanoTime();
        long lastEvent = start;
        try (BlockingStream<TrackedEventMessage<?>> stream = store.openStream(null)) {
            while (count < expected && System.nanoTime() - start < budgetNanos) {
                if (!stream.hasNextAvailable(1, TimeUnit.SECONDS)) {
                    expect(System.nanoTime() - lastEvent < TimeUnit.MINUTES.toNanos(2),
                            label + ": no event for 2 minutes after " + count);
                    continue;
                }
                TrackedEventMessage<?> event = stream.nextAvailable();
                event.getPayload();
                count++;
                lastEvent = System.nanoTime();
                if (count % step == 0) {
                    progress(String.format(Locale.ROOT, "%s: %3d%% (%d/%d events, %s events/s so far)", label,
                            100 * count / expected, count, expected,
                            number(count * 1e9 / (lastEvent - start))));
                }
            }
        } finally {
            store.shutDown();
        }
        Read read = new Read(count, System.nanoTime() - start);
        if (count < expected) {
            progress(label + ": stopped at the time limit: " + read);
        }
        return read;
    }

    /**
     * A plain {@code find()} over all commits. With an explicit batch size: without one the embedded server answers
     * with the whole collection in one reply, which the driver refuses past 48 MB (about 70,000 stored events).
     */
    private static Read rawFind(MongoCollection<BsonDocument> collection) {
        long start = System.nanoTime();
        long events = 0;
        for (BsonDocument commit : collection.find().batchSize(1000)) {
            events += commit.getInt32("count").getValue();
        }
        return new Read(events, System.nanoTime() - start);
    }

    /** Reads commits by {@code _id}, 100 ids per query; every commit holds {@code perCommit} events. */
    private static Read rawInById(MongoCollection<BsonDocument> collection, int perCommit, long totalEvents) {
        long start = System.nanoTime();
        long events = 0;
        List<BsonValue> ids = new ArrayList<>(100);
        for (long id = 0; id < totalEvents; id += perCommit) {
            ids.add(new BsonInt64(id));
            if (ids.size() == 100 || id + perCommit >= totalEvents) {
                for (BsonDocument commit : collection.find(in("_id", ids))) {
                    events += commit.getInt32("count").getValue();
                }
                ids.clear();
            }
        }
        return new Read(events, System.nanoTime() - start);
    }

    /**
     * Appends commits single-threaded and remembers when each finished, on a clock that stands still while paused,
     * so the append rate over any stretch of the load can be read off afterwards.
     */
    private final class Loader {

        private final int perCommit;
        private final long[] finishedAt;
        private final long origin = System.nanoTime();
        private long paused;
        private long pausedSince;
        private int commits;

        Loader(int maxEvents, int perCommit) {
            this.perCommit = perCommit;
            this.finishedAt = new long[(maxEvents + perCommit - 1) / perCommit + 1];
        }

        private long now() {
            return System.nanoTime() - origin - paused;
        }

        void pause() {
            pausedSince = System.nanoTime();
        }

        void resume() {
            paused += System.nanoTime() - pausedSince;
        }

        int events() {
            return commits * perCommit;
        }

        /** Loads up to {@code target} events; false if the loading time (all calls together) ran out first. */
        boolean loadTo(String label, int target, long budgetNanos, CommitSink sink) throws Exception {
            int targetCommits = (target + perCommit - 1) / perCommit;
            int from = commits;
            int step = Math.max(1, (targetCommits - from) / 10);
            if (commits == 0) {
                finishedAt[0] = now();
            }
            while (commits < targetCommits) {
                if (now() >= budgetNanos) {
                    return false;
                }
                sink.append("load", commits, BenchEvents.commit("load", commits, perCommit));
                commits++;
                finishedAt[commits] = now();
                if ((commits - from) % step == 0) {
                    progress(String.format(Locale.ROOT, "%s: %3d%% (%d events, %s events/s over the last step, "
                                    + "%d events/commit)", label, 100L * (commits - from) / (targetCommits - from),
                            events(), number(rate((commits - step) * perCommit, commits * perCommit)), perCommit));
                }
            }
            return true;
        }

        double rate(int fromEvents, int toEvents) {
            long nanos = finishedAt[toEvents / perCommit] - finishedAt[fromEvents / perCommit];
            return (toEvents - fromEvents) * 1e9 / Math.max(1, nanos);
        }

        /** Events per second over the first and the last 10 % (at least one commit) of the load to {@code size}. */
        double[] firstAndLastTenth(int size) {
            int tenth = Math.max(perCommit, (size / 10 + perCommit - 1) / perCommit * perCommit);
            return new double[]{rate(0, tenth), rate(size - tenth, size)};
        }
    }

    // ---------------------------------------------------------------------------------------------- report

    private List<Row> rows() {
        List<Row> rows = new ArrayList<>(appendRows);
        TreeSet<Integer> sizes = new TreeSet<>(settings.sizes());
        sizes.addAll(settings.stockSizes());
        String loadNote = "single thread; ours " + settings.loadEventsPerCommit() + " event"
                + (settings.loadEventsPerCommit() == 1 ? "" : "s") + "/commit, stock 1 event/commit";
        for (int size : sizes) {
            String[] ours = oursReads.get(size);
            String stock = stockCell(size, stockReads.get(size));
            rows.add(new Row("2", "Stream read from 0, " + number(size) + " events stored (events/s)",
                    ours == null ? NONE : ours[0], ours == null ? NONE : ours[1], ours == null ? NONE : ours[2],
                    stock, ours == null ? "" : ours[3]));
        }
        for (int size : sizes) {
            double[] ours = oursLoads.get(size);
            double[] stock = stockLoads.get(size);
            for (int i = 0; i < 2; i++) {
                String stockCell = stockCell(size, stock == null ? null : number(stock[i]));
                rows.add(new Row("2", "Load to " + number(size) + ", append rate over the "
                        + (i == 0 ? "first" : "last") + " 10 % (events/s)",
                        ours == null ? NONE : number(ours[i]), NONE, NONE, stockCell, loadNote));
            }
        }
        rows.addAll(groupRows);
        return rows;
    }

    private String stockCell(int size, String value) {
        if (value != null) {
            return value;
        }
        if (!settings.stockSizes().contains(size)) {
            return NONE;
        }
        return "not reached (" + (stockNotReached == null ? "not measured" : stockNotReached) + ")";
    }

    private String markdown(List<Row> rows, String startedAt, String loadAtStart, String loadAtEnd, long seconds) {
        StringBuilder md = new StringBuilder();
        md.append("## Storage benchmark, ").append(startedAt).append("\n\n");
        md.append("- Machine: ").append(environment()).append(". Load average (1, 5, 15 min) at start ")
          .append(loadAtStart).append(", at end ").append(loadAtEnd)
          .append(". Shared with other developers: figures are noisy.\n");
        md.append("- Parameters: ").append(settings.describe()).append(". Total run time ").append(clock(seconds))
          .append(".\n");
        md.append("- Every scenario: its own embedded server (durable H2 backend) on a fresh data file; "
                + "mongodb-driver-sync over loopback; figure numbers as in `StorageBenchmark`'s Javadoc.\n\n");
        md.append("| Fig. | Measurement | Gotong engine | Raw driver | Gotong / raw | Axon stock Mongo | Notes |\n");
        md.append("|---|---|---:|---:|---:|---:|---|\n");
        for (Row row : rows) {
            md.append("| ").append(row.figure()).append(" | ").append(row.measurement()).append(" | ")
              .append(row.gotong()).append(" | ").append(row.raw()).append(" | ").append(row.ratio()).append(" | ")
              .append(row.stock()).append(" | ").append(row.note()).append(" |\n");
        }
        md.append("\n- Appends call the engine's `appendEvents(List)` directly. Raw: `insertOne` of the same document "
                + "shape (serialized in the timed loop), same unique indexes, positions from an `AtomicLong`.\n");
        md.append("- Figure 1 uses the engine's defaults (group commit on). Figure 3: the engine with group commit, "
                + "the engine with one insert per commit and raw `insertOne`, measured in turn in each round; insert "
                + "commands counted by a driver command listener.\n");
        md.append("- Stream read: `EmbeddedEventStore.openStream(null)` consumed to the last event, every payload "
                + "deserialized. Raw: the faster of `find()` over all documents (batch size 1,000) and `$in` on "
                + "`_id` (100 ids/query), documents decoded but not turned into events; an untimed `find()` warms "
                + "the cache first.\n");
        md.append("- Loads: one store per engine, loaded single-threaded in turn to each size, ours in "
                + settings.loadEventsPerCommit() + "-event commits, stock in 1-event commits; the clock stops "
                + "during reads. Stock: document-per-event `MongoEventStorageEngine`, `DefaultMongoTemplate`, same "
                + "serializer; loading stops after " + settings.stockMaxMinutes() + " min, each read after "
                + settings.stockReadMaxMinutes() + " min.\n");
        return md.toString();
    }

    // ---------------------------------------------------------------------------------------------- helpers

    private Scenario scenario(String name) {
        return Scenario.start(settings.dataDir().resolve("gotong-bench"), name);
    }

    private void fileSize(Scenario scenario) {
        progress(scenario.name + ": data file " + number(scenario.fileBytes() / 1024.0 / 1024.0) + " MB");
    }

    private synchronized void progress(String line) {
        out.println("[" + clock((System.nanoTime() - started) / 1_000_000_000L) + "] " + line);
        out.flush();
    }

    private static void expect(boolean condition, String message) {
        if (!condition) {
            throw new IllegalStateException(message);
        }
    }

    private static long nanos(double minutes) {
        return (long) (minutes * 60e9);
    }

    static String number(double value) {
        if (value >= 100) {
            return String.format(Locale.ROOT, "%,.0f", value);
        }
        return String.format(Locale.ROOT, "%.1f", value);
    }

    private static String ratio(double a, double b) {
        return String.format(Locale.ROOT, "%.2f", a / b);
    }

    private static String clock(long seconds) {
        return String.format(Locale.ROOT, "%d:%02d", seconds / 60, seconds % 60);
    }

    private static String environment() {
        Runtime runtime = Runtime.getRuntime();
        return runtime.availableProcessors() + " cores, " + System.getProperty("java.vm.name") + " "
                + System.getProperty("java.runtime.version") + ", max heap " + runtime.maxMemory() / (1024 * 1024)
                + " MB, " + System.getProperty("os.name") + " " + System.getProperty("os.arch") + " "
                + System.getProperty("os.version");
    }


    /** Outside Spring Boot, Logback would log the driver at DEBUG; warnings are enough here. */
    private static void quietLogging() {
        if (LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME) instanceof ch.qos.logback.classic.Logger root) {
            root.setLevel(ch.qos.logback.classic.Level.WARN);
        }
    }
}
