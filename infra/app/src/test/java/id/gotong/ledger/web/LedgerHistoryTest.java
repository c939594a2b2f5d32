package id.gotong.ledger.web;

import id.gotong.GotongApplication;
import id.gotong.eventstore.MongoLedgerStorageEngine;
import id.gotong.events.Provenance;
import id.gotong.ledger.Checkpoint;
import id.gotong.ledger.LedgerLeaf;
import id.gotong.ledger.MerkleHash;
import id.gotong.ledger.NoteSigner;
import id.gotong.ledger.NoteVerifier;
import id.gotong.ledger.store.LedgerFixture;
import id.gotong.ledger.verify.VerifyCommand;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The auditor history and evidence packs over real HTTP on the whole application with the embedded store. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient
class LedgerHistoryTest {
    static final JsonMapper JSON = JsonMapper.builder().build();
    static final String ORIGIN = "gotong.local/ledger";
    static final Instant DAY0 = Instant.parse("2024-01-01T00:00:00Z");

    /** Test payloads; stored type names end in {@code $AgreementSigned} and {@code $MeetingHeld}. */
    public record AgreementSigned(String text, Provenance provenance) {
    }

    public record MeetingHeld(String text, Provenance provenance) {
    }

    record Appended(long position, String collaboration, String actor, String type, Instant occurredAt) {
    }

    @TempDir
    static Path dataDir;

    @DynamicPropertySource
    static void embeddedStoreIn(DynamicPropertyRegistry registry) {
        registry.add("gotong.mongodb.data-dir", () -> dataDir.toString());
        registry.add("gotong.ledger.checkpoint-interval", () -> "100ms");
    }

    @Autowired
    WebTestClient web;
    @Autowired
    EventStorageEngine engine;

    static NoteVerifier key;
    static final List<Appended> appended = new ArrayList<>();
    static long size;

    @BeforeEach
    void appendEventsOnce() {
        if (size > 0) {
            return;
        }
        GotongApplication.quietAxonDefaults();
        MongoLedgerStorageEngine events = (MongoLedgerStorageEngine) engine;
        key = NoteVerifier.parse(text("/api/ledger/key").strip());
        LedgerFixture.appendCommits(events, "agr-noise", 6);  // events without provenance
        for (int i = 0; i < 40; i++) {
            String collaboration = i % 3 == 1 ? "col-b" : "col-a";
            String actor = i % 2 == 0 ? "alice" : "bob";
            Instant occurred = DAY0.plus(Duration.ofDays(i));
            Provenance provenance = new Provenance(actor, collaboration, occurred, occurred.plusSeconds(60), null,
                    Set.of());
            Object payload = i % 4 == 0 ? new AgreementSigned("signed " + i, provenance)
                    : new MeetingHeld("met " + i, provenance);
            long position = events.nextPosition();
            events.appendEvents(GenericEventMessage.asEventMessage(payload));
            appended.add(new Appended(position, collaboration, actor, payload.getClass().getSimpleName(), occurred));
            if (i == 20) {
                LedgerFixture.appendCommits(events, "agr-noise-2", 3);
            }
        }
        long end = events.nextPosition();
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100)).until(() -> {
            String note = web.get().uri("/api/ledger/checkpoint").exchange().expectBody(String.class)
                             .returnResult().getResponseBody();
            return note != null && note.startsWith(ORIGIN) && Checkpoint.verify(note, key, ORIGIN).treeSize() >= end;
        });
        size = end;
    }

    private String text(String uri) {
        return web.get().uri(uri).exchange().expectStatus().isOk()
                  .expectBody(String.class).returnResult().getResponseBody();
    }

    private static String operatorToken() {
        try {
            return Files.readString(dataDir.resolve("operator.credential")).trim();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** As the operator, who reads whole events (anonymous readers get published fields only). */
    private JsonNode json(String uri) {
        byte[] body = web.get().uri(uri).header("Authorization", "Bearer " + operatorToken()).exchange()
                         .expectStatus().isOk()
                         .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_JSON)
                         .expectBody().returnResult().getResponseBody();
        return JSON.readTree(body);
    }

    /** Pages through the history with {@code query}, {@code limit} at a time, checking each item. */
    private List<Long> pageThrough(String query, int limit) {
        List<Long> positions = new ArrayList<>();
        long from = 0;
        for (int pages = 0; pages < 100; pages++) {
            JsonNode page = json("/api/ledger/history?from=" + from + "&limit=" + limit + query);
            assertThat(page.get("items").size()).isLessThanOrEqualTo(limit);
            for (JsonNode item : page.get("items")) {
                long position = item.get("position").asLong();
                byte[] leaf = LedgerLeaf.bytes(position, item.get("event"));
                assertThat(Base64.getDecoder().decode(item.get("leafHash").asString()))
                        .isEqualTo(MerkleHash.leaf(leaf));
                positions.add(position);
            }
            long next = page.get("next").asLong();
            assertThat(next).isGreaterThanOrEqualTo(from);
            if (next >= page.get("treeSize").asLong()) {
                return positions;
            }
            from = next;
        }
        throw new AssertionError("did not reach the end of the history");
    }

    private static List<Long> expected(Predicate<Appended> filter) {
        return appended.stream().filter(filter).map(Appended::position).toList();
    }

    @Test
    void historyFiltersByCollaborationActorTypeAndTimeAndPagesWithNext() {
        assertThat(pageThrough("&collaborationId=col-b", 3)).isEqualTo(expected(a -> a.collaboration.equals("col-b")));
        assertThat(pageThrough("&actor=alice&collaborationId=col-a", 4))
                .isEqualTo(expected(a -> a.actor.equals("alice") && a.collaboration.equals("col-a")));
        assertThat(pageThrough("&type=AgreementSigned", 200))
                .isEqualTo(expected(a -> a.type.equals("AgreementSigned")));
        Instant since = DAY0.plus(Duration.ofDays(10));
        Instant until = DAY0.plus(Duration.ofDays(25));
        assertThat(pageThrough("&since=" + since + "&until=" + until + "&type=MeetingHeld", 5))
                .isEqualTo(expected(a -> !a.occurredAt.isBefore(since) && !a.occurredAt.isAfter(until)
                        && a.type.equals("MeetingHeld")));
        assertThat(pageThrough("", 7)).hasSize((int) size);
        // the limit is capped at 200 without error
        assertThat(json("/api/ledger/history?limit=100000").get("items").size()).isEqualTo((int) size);
        JsonNode first = json("/api/ledger/history?collaborationId=col-b&limit=1");
        assertThat(first.get("next").asLong()).isEqualTo(expected(a -> a.collaboration.equals("col-b")).get(0) + 1);
        assertThat(first.get("items").get(0).get("event").get("payload").get("provenance").get("actor").asString())
                .isEqualTo("bob");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            /api/ledger/history?from=-1                                         | invalid-parameter | from            | non-negative
            /api/ledger/history?limit=0                                         | invalid-parameter | limit           | positive
            /api/ledger/history?limit=x                                         | invalid-parameter | limit           | integer
            /api/ledger/history?since=yesterday                                 | invalid-parameter | since           | instant
            /api/ledger/history?since=2024-02-01T00:00:00Z&until=2024-01-01T00:00:00Z | inverted-range | since   | since-at-most-until
            /api/ledger/evidence                                                | invalid-parameter | collaborationId | required
            """)
    void badRequestsAreProblemDetails(String uri, String type, String field, String rule) {
        web.get().uri(uri).exchange()
           .expectStatus().isBadRequest()
           .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
           .expectBody()
           .jsonPath("$.type").isEqualTo("https://gotong.id/problems/" + type)
           .jsonPath("$.status").isEqualTo(400)
           .jsonPath("$.field").isEqualTo(field)
           .jsonPath("$.rule").isEqualTo(rule);
    }

    private static int verify(Path pack, StringBuilder verdict) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int status = VerifyCommand.run(new String[] {"--evidence", pack.toString(), "--key", key.verifierKey()},
                new PrintStream(out, true), new PrintStream(new ByteArrayOutputStream(), true));
        verdict.setLength(0);
        verdict.append(out.toString(StandardCharsets.UTF_8).strip());
        return status;
    }

    private Path write(Path dir, String name, JsonNode pack) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, JSON.writeValueAsString(pack));
        return file;
    }

    @Test
    void anEvidencePackVerifiesOfflineAndEachTamperingIsNamed(@TempDir Path dir) throws Exception {
        var result = web.get().uri("/api/ledger/evidence?collaborationId=col-a")
                        .header("Authorization", "Bearer " + operatorToken()).exchange()
                        .expectStatus().isOk()
                        .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_JSON)
                        .expectBody().returnResult();
        assertThat(result.getResponseHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION))
                .startsWith("attachment").contains("evidence-col-a-");
        JsonNode pack = JSON.readTree(result.getResponseBody());
        List<Long> positions = new ArrayList<>();
        pack.get("events").forEach(e -> positions.add(e.get("position").asLong()));
        assertThat(positions).isEqualTo(expected(a -> a.collaboration.equals("col-a")));
        assertThat(pack.get("verifierKey").asString()).isEqualTo(key.verifierKey());
        assertThat(pack.get("treeSize").asLong()).isGreaterThanOrEqualTo(size);

        StringBuilder verdict = new StringBuilder();
        assertThat(verify(write(dir, "pack.json", pack), verdict)).as(verdict.toString()).isZero();
        assertThat(verdict.toString()).startsWith("VERIFIED: evidence pack for collaboration col-a: "
                + positions.size() + " events");

        // one event field changed
        ObjectNode edited = (ObjectNode) pack.deepCopy();
        JsonNode second = edited.get("events").get(1);
        ((ObjectNode) second.get("event").get("payload")).put("text", "signed something else");
        assertThat(verify(write(dir, "edited.json", edited), verdict)).isEqualTo(1);
        assertThat(verdict.toString()).isEqualTo("FAILED at position " + positions.get(1)
                + ": leaf bytes differ from the leaf recomputed from the event");

        // event and leaf changed together: the inclusion proof no longer leads to the signed root
        ((ObjectNode) second).put("leaf", Base64.getEncoder().encodeToString(
                LedgerLeaf.bytes(positions.get(1), second.get("event"))));
        assertThat(verify(write(dir, "releafed.json", edited), verdict)).isEqualTo(1);
        assertThat(verdict.toString()).startsWith("FAILED at position " + positions.get(1)
                + ": inclusion proof does not verify against the checkpoint root");

        // one proof element flipped
        ObjectNode flipped = (ObjectNode) pack.deepCopy();
        ArrayNode proof = (ArrayNode) flipped.get("events").get(2).get("proof");
        byte[] hash = Base64.getDecoder().decode(proof.get(0).asString());
        hash[7] ^= 1;
        proof.set(0, Base64.getEncoder().encodeToString(hash));
        assertThat(verify(write(dir, "flipped.json", flipped), verdict)).isEqualTo(1);
        assertThat(verdict.toString()).startsWith("FAILED at position " + positions.get(2)
                + ": inclusion proof does not verify against the checkpoint root");

        // the checkpoint re-signed with another key of the same name
        ObjectNode resigned = (ObjectNode) pack.deepCopy();
        String body = key.verify(pack.get("checkpoint").asString());
        resigned.put("checkpoint", NoteSigner.generate(ORIGIN).sign(body));
        assertThat(verify(write(dir, "resigned.json", resigned), verdict)).isEqualTo(1);
        assertThat(verdict.toString()).startsWith("FAILED: checkpoint does not verify");

        // an event of another collaboration slipped in
        JsonNode other = json("/api/ledger/evidence?collaborationId=col-b").get("events").get(0);
        ObjectNode mixed = (ObjectNode) pack.deepCopy();
        ArrayNode events = (ArrayNode) mixed.get("events");
        List<JsonNode> all = new ArrayList<>();
        events.forEach(all::add);
        all.add(other);
        all.sort((x, y) -> Long.compare(x.get("position").asLong(), y.get("position").asLong()));
        events.removeAll();
        all.forEach(events::add);
        assertThat(verify(write(dir, "mixed.json", mixed), verdict)).isEqualTo(1);
        assertThat(verdict.toString()).isEqualTo("FAILED at position " + other.get("position").asLong()
                + ": event belongs to collaboration col-b, not col-a");
    }

    @Test
    void anUnknownCollaborationGivesAnEmptyPackThatVerifies(@TempDir Path dir) throws Exception {
        JsonNode pack = json("/api/ledger/evidence?collaborationId=nobody");
        assertThat(pack.get("events").size()).isZero();
        StringBuilder verdict = new StringBuilder();
        assertThat(verify(write(dir, "empty.json", pack), verdict)).isZero();
    }
}
