package id.gotong.role;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import id.gotong.bench.AppProcess;
import id.gotong.embedded.EmbeddedMongoServer;
import id.gotong.eventstore.MongoLedgerStorageEngine;
import id.gotong.config.StoredHistory;
import id.gotong.events.StakeholderEvent;
import id.gotong.ledger.NoteSigner;
import id.gotong.ledger.store.LedgerFixture;
import id.gotong.ledger.store.LedgerStore;
import id.gotong.ledger.store.MongoLedgerSource;
import id.gotong.ledger.verify.LedgerVerifier;
import id.gotong.projection.Entry;
import id.gotong.projection.EventHistory;
import id.gotong.projection.LiveProjection;
import id.gotong.projection.Projected;
import id.gotong.dossier.DossierStore;
import id.gotong.projection.ActProjection;
import id.gotong.projection.ReadModels;
import id.gotong.queryside.QuerySide;
import id.gotong.projection.Rebuild;
import org.bson.BsonDocument;
import org.bson.BsonValue;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Scale-out on loopback: one MongoDB-wire server hosted here, two command processes and two query processes of the
 * application (each its own JVM), concurrent writes to the same collaborations through both command processes, the
 * ledger appender's holder killed half-way. Then: the global order has neither gaps nor duplicates, every
 * acknowledged act is stored exactly once where its answer said, each aggregate's events keep their order, the read
 * models the two query processes built together equal a single-process rebuild into a second database, and the
 * ledger verifies.
 */
class TwoCommandAndTwoQueryProcessesIT {

    static final String ORIGIN = "scale.gotong/ledger";
    static final NoteSigner SIGNER = NoteSigner.generate(ORIGIN);
    static final int COLLABORATIONS = 3;
    static final int WRITERS_PER_PROCESS = 2;
    static final int WRITES_PER_WRITER = 12;
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    static final JsonMapper JSON = JsonMapper.builder().build();

    /** Under target/ rather than a temporary directory, so the four processes' logs outlive a failure. */
    static Path dir;
    static EmbeddedMongoServer server;
    static MongoClient client;
    static MongoDatabase db;
    static final List<AppProcess> processes = new ArrayList<>();
    static AppProcess command1;
    static AppProcess command2;
    static AppProcess query1;
    static AppProcess query2;
    static long started;

    @BeforeAll
    static void startFourProcesses() throws IOException {
        started = System.nanoTime();
        dir = Files.createDirectories(Path.of("target", "scale-out")).toAbsolutePath();
        try (Stream<Path> old = Files.walk(dir)) {
            old.sorted(java.util.Comparator.reverseOrder()).filter(p -> !p.equals(dir)).map(Path::toFile)
                    .forEach(java.io.File::delete);
        }
        server = EmbeddedMongoServer.start(dir.resolve("shared.mv"), AppProcess.freePort());
        client = MongoClients.create(server.connectionString());
        db = client.getDatabase("gotong");
        command1 = start("command-1", "command");
        command1.awaitReady(Duration.ofSeconds(300));  // creates the operator credential the others reuse
        command2 = start("command-2", "command");
        query1 = start("query-1", "query");
        query2 = start("query-2", "query");
        for (AppProcess process : List.of(command2, query1, query2)) {
            process.awaitReady(Duration.ofSeconds(300));
        }
        System.out.printf("four processes ready after %.1f s%n", (System.nanoTime() - started) / 1e9);
    }

    static AppProcess start(String name, String role) {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("gotong.role", role);
        properties.put("gotong.mongodb.uri", "mongodb://127.0.0.1:" + server.port());
        properties.put("gotong.mongodb.data-dir", dir.resolve("data").toString());
        properties.put("gotong.ledger.origin", ORIGIN);
        properties.put("gotong.ledger.signer-key", SIGNER.signerKey());
        properties.put("gotong.ledger.lease-duration", "3s");
        properties.put("gotong.ledger.checkpoint-interval", "200ms");
        properties.put("gotong.projections.segments", "4");
        properties.put("gotong.projections.threads", "4");
        properties.put("gotong.projections.balance-interval", "1s");
        properties.put("gotong.demo.enabled", "false");
        AppProcess process = AppProcess.start(name, dir.resolve("logs"), properties,
                List.of("-Xmx320m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xshare:auto"));
        processes.add(process);
        return process;
    }

    @AfterAll
    static void stopAll() {
        processes.forEach(AppProcess::close);
        if (client != null) {
            client.close();
        }
        if (server != null) {
            server.close();
        }
        System.out.printf("scale-out test took %.1f s%n", (System.nanoTime() - started) / 1e9);
    }

    @Test
    void concurrentWritesThroughTwoCommandProcessesAreStoredOnceInOrderProjectedBySegmentsAndLedgered()
            throws Exception {
        String operator = Files.readString(dir.resolve("data/operator.credential")).trim();
        JsonNode lead = send(command1, "POST", "/api/stakeholders", operator,
                Map.of("name", "Diskominfo Toba", "sector", "GOVERNMENT", "region", "Kabupaten Toba"), 201);
        String leadId = lead.get("id").asString();
        String leadToken = lead.get("credential").asString();
        List<String> collaborations = new ArrayList<>();
        Map<String, String> acknowledged = new HashMap<>();  // event id -> position
        for (int i = 0; i < COLLABORATIONS; i++) {
            JsonNode recorded = send(i % 2 == 0 ? command1 : command2, "POST", "/api/collaborations", leadToken,
                    Map.of("name", "Kolaborasi " + i, "region", "Kabupaten Toba", "dimensions", List.of("GOVERNANCE"),
                            "legalBasis", List.of("Keputusan Bupati Toba 724/2022"), "leadStakeholderId", leadId,
                            "meetingCadence", "YEARLY", "occurredAt", "2025-01-0" + (i + 1) + "T00:00:00Z"), 201);
            collaborations.add(recorded.get("id").asString());
            acknowledge(recorded, acknowledged);
        }

        // A query process records nothing: it refuses the write before reading the body.
        HttpResponse<String> refused = raw(query1, "POST", "/api/collaborations/" + collaborations.get(0) + "/drivers",
                leadToken, Map.of("kind", "INTERDEPENDENCE", "description", "misrouted"));
        assertThat(refused.statusCode()).isEqualTo(421);
        assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(JSON.readTree(refused.body()).get("rule").asString()).isEqualTo(CommandsElsewhere.RULE);

        // Both command processes write to the same three collaborations at once.
        ConcurrentLinkedQueue<JsonNode> answers = new ConcurrentLinkedQueue<>();
        AtomicInteger conflicts = new AtomicInteger();
        Set<String> conflictRules = java.util.concurrent.ConcurrentHashMap.newKeySet();
        long writing = System.nanoTime();
        ExecutorService writers = Executors.newFixedThreadPool(2 * WRITERS_PER_PROCESS);
        List<Future<?>> done = new ArrayList<>();
        for (int w = 0; w < 2 * WRITERS_PER_PROCESS; w++) {
            AppProcess target = w % 2 == 0 ? command1 : command2;
            int writer = w;
            done.add(writers.submit(() -> {
                for (int i = 0; i < WRITES_PER_WRITER; i++) {
                    String collaboration = collaborations.get((writer + i) % COLLABORATIONS);
                    HttpResponse<String> answer = raw(target, "POST", "/api/collaborations/" + collaboration
                            + "/drivers", leadToken, Map.of("kind", "INTERDEPENDENCE",
                            "description", "writer " + writer + " write " + i));
                    if (answer.statusCode() == 200) {
                        answers.add(JSON.readTree(answer.body()));
                    } else if (answer.statusCode() == 409) {
                        conflicts.incrementAndGet();  // both appended the same aggregate version; nothing stored
                        conflictRules.add(JSON.readTree(answer.body()).get("rule").asString());
                    } else {
                        throw new AssertionError(target + " answered " + answer.statusCode() + ": " + answer.body());
                    }
                }
                return null;
            }));
        }
        for (Future<?> future : done) {
            future.get();
        }
        writers.shutdown();
        double writeSeconds = (System.nanoTime() - writing) / 1e9;
        answers.forEach(answer -> acknowledge(answer, acknowledged));
        assertThat(answers).hasSizeGreaterThan(2 * WRITERS_PER_PROCESS * WRITES_PER_WRITER / 2);

        // Both query processes project: the segments are shared between them.
        await().atMost(Duration.ofSeconds(60)).until(() -> projectionOwners().size() == 2);
        Set<String> owners = projectionOwners();

        // The holder of the ledger lease dies without letting go; another process takes over once it expires.
        AppProcess holder = ledgerHolder();
        holder.kill();
        AppProcess writer = holder == command1 ? command2 : command1;
        for (int i = 0; i < 3; i++) {
            acknowledge(send(writer, "POST", "/api/collaborations/" + collaborations.get(i) + "/drivers", leadToken,
                    Map.of("kind", "INTERDEPENDENCE", "description", "after the failover " + i), 200), acknowledged);
        }

        MongoLedgerStorageEngine engine = LedgerFixture.engine(db);
        long stored = engine.nextPosition();

        // The global order: positions 0..n-1, each once, and nothing beyond.
        List<BsonDocument> events = storedEvents();
        assertThat(events).hasSize((int) stored);
        Map<String, Long> positionOf = new HashMap<>();
        for (int position = 0; position < events.size(); position++) {
            String eventId = events.get(position).getString("eventId").getValue();
            assertThat(positionOf.put(eventId, (long) position)).as("event " + eventId + " stored twice").isNull();
        }
        // Every acknowledged act, exactly once, where its answer said; besides them only the stakeholder's
        // registration (its answer names no event), so a write refused as a conflict left nothing behind.
        acknowledged.forEach((eventId, position) ->
                assertThat(positionOf.get(eventId)).as(eventId).isEqualTo(Long.parseLong(position)));
        assertThat(stored).isEqualTo(acknowledged.size() + 1);
        // Each aggregate's events in position order carry sequence numbers 0, 1, 2, ...
        Map<String, Long> nextSequence = new HashMap<>();
        for (BsonDocument event : events) {
            BsonValue aggregate = event.get("aggregateId");
            if (aggregate != null && aggregate.isString()) {
                long expected = nextSequence.merge(aggregate.asString().getValue(), 1L, Long::sum) - 1;
                assertThat(event.getNumber("sequenceNumber").longValue()).isEqualTo(expected);
            }
        }

        // The read models the two query processes built equal a rebuild by one process into a second database.
        EventHistory history = new StoredHistory(engine);
        List<Entry> all = history.from(0, (int) stored);
        long stakeholders = all.stream().filter(e -> e.event() instanceof StakeholderEvent.StakeholderRegistered)
                .count();
        long acts = all.stream().filter(e -> !(e.event() instanceof StakeholderEvent.StakeholderRegistered)
                && e.provenance().collaborationId() != null).count();
        await().atMost(Duration.ofSeconds(60)).until(() -> {
            ReadModels live = QuerySide.readModels(db);
            return live.acts().countDocuments() == acts && live.stakeholders().countDocuments() == stakeholders;
        });
        ReadModels live = QuerySide.readModels(db);
        ReadModels rebuilt = QuerySide.readModels(client.getDatabase("rebuilt"));
        Rebuild.Progress rebuild = new Rebuild(rebuilt, history, Clock.systemUTC()).run(progress -> {
        });
        assertThat(rebuild.processed()).isEqualTo(stored);
        Map<String, List<String>> projected = Projected.dump(live, history);
        Map<String, List<String>> single = Projected.dump(rebuilt, history);
        assertThat(projected.get(DossierStore.COLLECTION)).hasSize(COLLABORATIONS);
        assertThat(projected.get(ActProjection.COLLECTION)).hasSize((int) acts);
        for (String collection : live.collections()) {
            assertThat(projected.get(collection)).as(collection).isEqualTo(single.get(collection));
        }

        // The ledger covers every event, signed after the failover, and verifies.
        LedgerStore ledger = new LedgerStore(db);
        await().atMost(Duration.ofSeconds(60)).until(() -> ledger.latestCheckpoint() != null
                && ledger.latestCheckpoint().treeSize() == stored);
        LedgerVerifier.Result verified;
        try (MongoLedgerSource source = new MongoLedgerSource(server.connectionString(), db.getName())) {
            verified = new LedgerVerifier(SIGNER.verifier(), new PrintStream(new ByteArrayOutputStream(), true,
                    StandardCharsets.UTF_8)).verify(source, null);
        }
        assertThat(verified.verdict()).startsWith("VERIFIED: " + stored + " entries");
        assertThat(ledgerHolder()).isNotSameAs(holder);

        System.out.printf("%d events stored, %d acknowledged writes (%d conflicts refused: %s) in %.1f s through two "
                        + "command processes; projections by %s; ledger holder %s killed, taken over by %s%n",
                stored, acknowledged.size(), conflicts.get(), conflictRules, writeSeconds, owners, holder,
                ledgerHolder());
    }

    static void acknowledge(JsonNode recorded, Map<String, String> acknowledged) {
        for (JsonNode event : recorded.get("events")) {
            acknowledged.put(event.get("eventId").asString(), Long.toString(event.get("position").asLong()));
        }
    }

    /** Every stored event in position order, from the commit documents. */
    static List<BsonDocument> storedEvents() {
        List<BsonDocument> events = new ArrayList<>();
        for (BsonDocument commit : db.getCollection(LedgerStore.EVENTS, BsonDocument.class).find()
                .sort(new Document("_id", 1))) {
            long first = commit.getNumber("_id").longValue();
            assertThat(first).as("a commit begins where the previous one ended").isEqualTo(events.size());
            commit.getArray("events").forEach(event -> events.add(event.asDocument()));
        }
        return events;
    }

    /** The processes holding segments of the projection processor now (their token store names: pid@host). */
    static Set<String> projectionOwners() {
        Set<String> owners = new HashSet<>();
        for (Document token : db.getCollection("trackingtokens").find(Filters.eq("processorName",
                LiveProjection.PROCESSING_GROUP))) {
            String owner = token.getString("owner");
            if (owner != null) {
                owners.add(owner.substring(0, owner.indexOf('@')));
            }
        }
        assertThat(owners).isSubsetOf(Stream.of(query1, query2).map(p -> Long.toString(p.pid())).toList());
        return owners;
    }

    /** The process whose pid the ledger lease names. */
    static AppProcess ledgerHolder() {
        String owner = new LedgerStore(db).lease("probe", Clock.systemUTC(), Duration.ofSeconds(1)).holder().owner();
        String pid = owner.split("/")[1];
        return processes.stream().filter(p -> Long.toString(p.pid()).equals(pid)).findFirst().orElseThrow();
    }

    static JsonNode send(AppProcess process, String method, String path, String token, Object body, int status) {
        HttpResponse<String> answer = raw(process, method, path, token, body);
        assertThat(answer.statusCode()).as(method + " " + path + ": " + answer.body()).isEqualTo(status);
        return JSON.readTree(answer.body());
    }

    static HttpResponse<String> raw(AppProcess process, String method, String path, String token, Object body) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(process.uri(path).toString()))
                    .timeout(Duration.ofSeconds(30))
                    .header("Authorization", "Bearer " + token)
                    .header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
                    .build();
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new AssertionError(process + " did not answer " + method + " " + path, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
