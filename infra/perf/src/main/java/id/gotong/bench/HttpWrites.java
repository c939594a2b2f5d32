package id.gotong.bench;

import com.mongodb.WriteConcern;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Sorts;
import org.bson.BsonArray;
import org.bson.BsonDateTime;
import org.bson.BsonDocument;
import org.bson.BsonInt64;
import org.bson.BsonString;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Commands per second over HTTP against the raw driver inserting the same commit documents at the same concurrency.
 * The application runs in its own JVM ({@link AppProcess}) against an embedded server that this JVM starts, so the
 * documents it wrote can be read back; the raw driver inserts copies of one of them (new positions and ids) into a
 * fresh embedded server with the same unique indexes and the application's write concern.
 * <p>
 * The write is a lead proposing a shared goal ({@code POST /api/collaborations/{id}/goals}): authenticated, checked
 * against the collaboration's membership (its aggregate is loaded and locked for the command), one new aggregate and
 * one event per request. Each client proposes in a collaboration of its own, as many villages acting at once would;
 * clients sharing one collaboration would queue on its lock.
 * The same application also gives the empty-store start-up time and heap.
 */
final class HttpWrites {

    /** The application's own default (StoreConfiguration), used by the raw driver too. */
    static final WriteConcern WRITE_CONCERN = WriteConcern.MAJORITY.withJournal(true);
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern CREDENTIAL = Pattern.compile("\"credential\"\\s*:\\s*\"([^\"]+)\"");

    record Result(Duration emptyStart, long emptyHeap, List<Load.Result> http, List<Load.Result> raw,
                  String template) {
    }

    private final PerformanceSettings settings;
    private final Consumer<String> progress;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                                              .connectTimeout(Duration.ofSeconds(5)).build();

    HttpWrites(PerformanceSettings settings, Consumer<String> progress) {
        this.settings = settings;
        this.progress = progress;
    }

    Result run() throws Exception {
        Path work = Files.createDirectories(settings.dataDir().toAbsolutePath()).resolve("http-app");
        List<Load.Result> overHttp = new ArrayList<>();
        BsonDocument template;
        Duration started;
        long heap;
        try (Scenario store = Scenario.start(settings.dataDir().toAbsolutePath(), "http-store");
             AppProcess app = AppProcess.start("http-app", work, Map.of(
                     "gotong.mongodb.uri", store.server.connectionString(),
                     "gotong.mongodb.data-dir", work.resolve("data").toString(),
                     "gotong.demo.enabled", "false",
                     // The capacity is measured, not the per-credential limit (docs/security.md).
                     "gotong.rate-limit.enabled", "false",
                     "gotong.deadlines.interval", "1h"), settings.appJvmOptions())) {
            progress.accept("HTTP: starting the application on an empty store (" + app + ")");
            started = app.awaitReady(Duration.ofMinutes(5));
            heap = app.heapUsedAfterFullGc();
            progress.accept(String.format(Locale.ROOT, "HTTP: ready in %.1f s, heap after full GC %.1f MB",
                    started.toMillis() / 1e3, heap / 1048576.0));
            String operator = operatorCredential(work.resolve("data/operator.credential"));
            String stakeholder = post(app, "/api/stakeholders", operator,
                    "{\"name\":\"Bench lead agency\",\"sector\":\"GOVERNMENT\",\"region\":\"Kabupaten Bench\"}");
            String lead = match(ID, stakeholder);
            String leadToken = match(CREDENTIAL, stakeholder);
            int maxClients = settings.httpClients().stream().mapToInt(Integer::intValue).max().orElseThrow();
            List<HttpRequest.Builder> proposals = new ArrayList<>();
            for (int c = 0; c < maxClients; c++) {
                String collaboration = match(ID, post(app, "/api/collaborations", leadToken,
                        "{\"name\":\"Bench collaboration " + c + "\",\"region\":\"Kabupaten Bench\","
                                + "\"dimensions\":[\"GOVERNANCE\"],\"legalBasis\":[\"Bench decree 1/2026\"],"
                                + "\"leadStakeholderId\":\"" + lead + "\",\"meetingCadence\":\"MONTHLY\"}"));
                proposals.add(HttpRequest.newBuilder(app.uri("/api/collaborations/" + collaboration + "/goals"))
                                         .timeout(Duration.ofSeconds(60))
                                         .header("Authorization", "Bearer " + leadToken)
                                         .header("Content-Type", "application/json"));
            }
            Load.Request request = (client, sequence) -> {
                String body = "{\"kind\":\"GOAL\",\"statement\":\"Client " + client + ", goal " + sequence
                        + ": every village publishes its irrigation maintenance budget each quarter\"}";
                HttpResponse<String> answer = http.send(proposals.get(client).copy()
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
                return answer.statusCode() == 201;
            };
            for (int clients : settings.httpClients()) {
                overHttp.add(measure("HTTP", clients, request));
            }
            template = store.client.getDatabase("gotong").getCollection("events", BsonDocument.class).find()
                                   .sort(Sorts.descending("_id")).limit(1).first();
            if (template == null || template.getInt32("count").getValue() != 1
                    || !template.getArray("events").get(0).asDocument().getString("payloadType").getValue()
                                .endsWith("SharedGoalProposed")) {
                throw new IllegalStateException("the last stored commit is not one goal proposal: " + template);
            }
        }
        List<Load.Result> raw = new ArrayList<>();
        for (int clients : settings.httpClients()) {
            try (Scenario scenario = Scenario.start(settings.dataDir().toAbsolutePath(), "http-raw")) {
                MongoCollection<BsonDocument> events = StorageBenchmark.rawCollection(scenario.database)
                                                                       .withWriteConcern(WRITE_CONCERN);
                AtomicLong next = new AtomicLong();
                BsonDocument shape = template;
                raw.add(measure("raw driver", clients, (client, sequence) -> {
                    events.insertOne(copy(shape, next.getAndIncrement()));
                    return true;
                }));
            }
        }
        return new Result(started, heap, overHttp, raw, template.toJson());
    }

    private Load.Result measure(String what, int clients, Load.Request request) throws Exception {
        if (settings.httpWarmupSeconds() > 0) {
            Load.run(clients, settings.httpWarmupSeconds(), request);
        }
        Load.Result result = Load.run(clients, settings.httpSeconds(), request);
        progress.accept(String.format(Locale.ROOT, "%s, %d client%s: %,.0f requests/s, p50 %.1f ms, p99 %.1f ms, "
                        + "%d errors%s", what, clients, clients == 1 ? "" : "s", result.rate(), result.p50(),
                result.p99(), result.errors(), result.firstError() == null ? "" : " (first: " + result.firstError() + ")"));
        return result;
    }

    /** The stored commit at another position, with fresh event and aggregate ids: what the engine would write. */
    static BsonDocument copy(BsonDocument commit, long position) {
        BsonDocument copy = commit.clone();
        String eventId = UUID.randomUUID().toString();
        String aggregateId = "goal-" + UUID.randomUUID();
        BsonDocument event = copy.getArray("events").get(0).asDocument();
        event.put("eventId", new BsonString(eventId));
        event.put("aggregateId", new BsonString(aggregateId));
        copy.put("_id", new BsonInt64(position));
        copy.put("positions", new BsonArray(List.of(new BsonInt64(position))));
        copy.put("eventIds", new BsonArray(List.of(new BsonString(eventId))));
        copy.put("aggregateKeys", new BsonArray(List.of(new BsonString(aggregateId + "|"
                + event.getNumber("sequenceNumber").longValue()))));
        copy.put("committedAt", new BsonDateTime(System.currentTimeMillis()));
        return copy;
    }

    /** Health answers UP once the server listens, which can be just before the credential file is written. */
    private static String operatorCredential(Path file) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        while (!Files.exists(file) || Files.size(file) == 0) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the application wrote no operator credential to " + file);
            }
            TimeUnit.MILLISECONDS.sleep(100);
        }
        return Files.readString(file).trim();
    }

    private String post(AppProcess app, String path, String token, String json) throws IOException,
            InterruptedException {
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(app.uri(path)).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 201) {
            throw new IllegalStateException("POST " + path + " answered " + answer.statusCode() + ": " + answer.body());
        }
        return answer.body();
    }

    private static String match(Pattern pattern, String json) {
        Matcher matcher = pattern.matcher(json);
        if (!matcher.find()) {
            throw new IllegalStateException("no " + pattern + " in " + json);
        }
        return matcher.group(1);
    }
}
