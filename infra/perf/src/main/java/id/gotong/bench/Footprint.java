package id.gotong.bench;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import id.gotong.eventstore.MongoLedgerStorageEngine;
import id.gotong.projection.Entry;
import id.gotong.projection.Projector;
import id.gotong.projection.RandomLedger;
import id.gotong.personaldata.PersonalDataCipher;
import id.gotong.personaldata.SubjectKeys;
import id.gotong.serialization.GotongJson;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.AnnotationRevisionResolver;
import org.axonframework.serialization.Serializer;
import org.bson.BsonDocument;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Start-up time and heap of the application on a large store. "Loaded" means: the store holds the events (generated
 * by {@link RandomLedger}, written by the raw driver as 10-event commit documents of the engine's shape, with the
 * engine's indexes), and the application has started on it and is ready. It keeps no event in memory: aggregates are
 * read per command, and its projections and the ledger appender start catching up from position 0 in the
 * background once it is ready. The heap is therefore measured twice, after a full GC: at ready, and after
 * {@code settleSeconds} of that catching up, with the ledger's tree size reached.
 */
final class Footprint {

    record Result(int events, double loadRate, Duration start, long heapAtReady, long heapAfterSettle,
                  long settleSeconds, long ledgerSize) {
    }

    private final PerformanceSettings settings;
    private final Consumer<String> progress;
    private final Serializer serializer = GotongJson.events(new AnnotationRevisionResolver(),
            new PersonalDataCipher(SubjectKeys.inMemory()));

    Footprint(PerformanceSettings settings, Consumer<String> progress) {
        this.settings = settings;
        this.progress = progress;
    }

    Result run() throws Exception {
        Path work = Files.createDirectories(settings.dataDir().toAbsolutePath()).resolve("large-app");
        try (Scenario store = Scenario.start(settings.dataDir().toAbsolutePath(), "large-store")) {
            MongoDatabase database = store.client.getDatabase("gotong");
            double[] loaded = load(database, settings.storeEvents());
            int stored = (int) loaded[0];
            try (AppProcess app = AppProcess.start("large-app", work, Map.of(
                    "gotong.mongodb.uri", store.server.connectionString(),
                    "gotong.mongodb.data-dir", work.resolve("data").toString(),
                    "gotong.demo.enabled", "false",
                    "gotong.deadlines.interval", "1h"), settings.appJvmOptions())) {
                progress.accept(String.format(Locale.ROOT, "footprint: starting the application on %,d events (%s)",
                        stored, app));
                Duration started = app.awaitReady(Duration.ofMinutes(10));
                long atReady = app.heapUsedAfterFullGc();
                progress.accept(String.format(Locale.ROOT, "footprint: ready in %.1f s, heap after full GC %.1f MB;"
                        + " letting it catch up for %d s", started.toMillis() / 1e3, atReady / 1048576.0,
                        settings.settleSeconds()));
                // The application works through the backlog meanwhile; this is its duration, not a wait for a condition.
                TimeUnit.SECONDS.sleep(settings.settleSeconds());
                long afterSettle = app.heapUsedAfterFullGc();
                long ledger = ledgerSize(app);
                progress.accept(String.format(Locale.ROOT, "footprint: after %d s heap %.1f MB, ledger at %,d of %,d "
                        + "events", settings.settleSeconds(), afterSettle / 1048576.0, ledger, stored));
                return new Result(stored, loaded[1], started, atReady, afterSettle, settings.settleSeconds(), ledger);
            }
        }
    }

    /** Writes up to {@code count} generated events, stopping at the time allowed; returns the count and the rate. */
    private double[] load(MongoDatabase database, int count) {
        MongoLedgerStorageEngine.builder().database(database).clock(Clock.systemUTC()).eventSerializer(serializer)
                                .snapshotSerializer(serializer).build().ensureIndexes();
        MongoCollection<BsonDocument> events = database.getCollection("events", BsonDocument.class)
                                                       .withWriteConcern(HttpWrites.WRITE_CONCERN);
        progress.accept(String.format(Locale.ROOT, "footprint: generating %,d events", count));
        List<Entry> history = RandomLedger.generate(20261122L, Math.max(1, count / 500), Math.max(3, count / 160),
                count);
        Map<String, Long> sequences = new HashMap<>();
        List<EventMessage<?>> commit = new ArrayList<>(10);
        List<BsonDocument> batch = new ArrayList<>(100);
        long start = System.nanoTime();
        long deadline = start + TimeUnit.SECONDS.toNanos(settings.storeLoadSeconds());
        long building = 0;
        long position = 0;
        long step = Math.max(1000, count / 10);
        for (Entry entry : history) {
            long built = System.nanoTime();
            String aggregateId = Projector.subjectOf(entry.event());
            long sequence = sequences.merge(aggregateId, 1L, Long::sum) - 1;
            commit.add(new GenericDomainEventMessage<>(entry.event().getClass().getEnclosingClass().getSimpleName(),
                    aggregateId, sequence, entry.event(), MetaData.emptyInstance(), entry.eventId(),
                    entry.provenance().recordedAt()));
            if (commit.size() < 10) {
                building += System.nanoTime() - built;
                continue;
            }
            batch.add(BenchEvents.rawCommit(commit, position + 10L * batch.size(), serializer));
            commit.clear();
            building += System.nanoTime() - built;
            if (batch.size() < 100) {
                continue;
            }
            events.insertMany(batch);
            position += 10L * batch.size();
            batch.clear();
            if (position % step == 0) {
                double seconds = (System.nanoTime() - start) / 1e9;
                progress.accept(String.format(Locale.ROOT, "footprint: stored %,d / %,d events (%,.0f events/s; "
                                + "%.0f %% of the time building the documents, the rest inserting them)", position,
                        count, position / seconds, 100 * building / 1e9 / seconds));
            }
            if (System.nanoTime() > deadline) {
                progress.accept(String.format(Locale.ROOT, "footprint: stopped after %d s at %,d of %,d events",
                        settings.storeLoadSeconds(), position, count));
                break;
            }
        }
        if (!commit.isEmpty()) {
            batch.add(BenchEvents.rawCommit(commit, position + 10L * batch.size(), serializer));
        }
        if (!batch.isEmpty()) {
            events.insertMany(batch);
            position += batch.stream().mapToLong(c -> c.getInt32("count").getValue()).sum();
        }
        double rate = position / ((System.nanoTime() - start) / 1e9);
        progress.accept(String.format(Locale.ROOT, "footprint: stored %,d events (%,.0f events/s, 10 per commit, "
                + "100 commits per insert)", position, rate));
        return new double[]{position, rate};
    }

    /** The tree size of the latest signed checkpoint (its second line), or 0 before the first one. */
    private static long ledgerSize(AppProcess app) throws IOException, InterruptedException {
        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                app.uri("/api/ledger/checkpoint")).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 200) {
            return 0;
        }
        String[] lines = answer.body().split("\n");
        return lines.length > 1 ? Long.parseLong(lines[1].trim()) : 0;
    }
}
