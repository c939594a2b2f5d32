package id.gotong.personaldata;

import id.gotong.api.ActApiTestSupport;
import id.gotong.events.Sector;
import id.gotong.ledger.Checkpoint;
import id.gotong.ledger.NoteVerifier;
import id.gotong.ledger.verify.HttpLedgerSource;
import id.gotong.ledger.verify.LedgerVerifier;
import id.gotong.web.Recorded;
import org.bson.BsonDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static com.mongodb.client.model.Filters.eq;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A private person named in an act, over HTTP: the name reads back through the resource, is nowhere in the database
 * in clear, and after the operator erases the subject every read shows it erased, while the stored event and the
 * ledger stay byte for byte what they were and the ledger still verifies.
 */
class PersonalDataErasureApiTest extends ActApiTestSupport {

    static final JsonMapper JSON = JsonMapper.builder().build();
    /** A name no other test writes, so finding it anywhere in the database means this test's data leaked. */
    static final String BUDI = "Togar Budiman Sihombing";
    static final String SARI = "Sari Dewi Panjaitan";

    @LocalServerPort
    int port;

    Registered lead;
    Registered university;
    Registered radio;
    String collaboration;
    String budiSubject;

    @BeforeEach
    void collaborationWithAMeeting() {
        lead = givenStakeholder("Diskominfo Kabupaten Toba", Sector.GOVERNMENT);
        university = givenStakeholder("Institut Teknologi Del", Sector.ACADEMIA);
        radio = givenStakeholder("RRI Sibolga", Sector.MEDIA);
        collaboration = givenCollaboration(lead, university, radio);
        budiSubject = unique("ds");
    }

    String convened() {
        return accepted(201, () -> post(lead, "/api/collaborations/" + collaboration + "/meetings", Map.of(
                "title", "Forum SPBE", "scheduledAt", "2024-06-20T02:00:00Z", "formality", "FORMAL",
                "channel", "IN_PERSON", "invitees", List.of(university.id(), radio.id()),
                "occurredAt", "2024-06-01T01:00:00Z")), "MeetingConvened").id();
    }

    @Test
    void givenAPersonNamedInAnAct_whenTheOperatorErasesThem_thenEveryReadShowsErasedAndTheLedgerStillVerifies()
            throws Exception {
        String meeting = convened();
        Recorded attendance = accepted(200, () -> post(lead, "/api/meetings/" + meeting + "/attendance", Map.of(
                "entries", List.of(
                        Map.of("stakeholderId", lead.id(), "status", "PRESENT"),
                        Map.of("stakeholderId", university.id(), "status", "REPRESENTED",
                                "representedBy", Map.of("name", BUDI, "subject", budiSubject)),
                        Map.of("stakeholderId", radio.id(), "status", "REPRESENTED", "representedBy", SARI)),
                "occurredAt", "2024-06-20T05:00:00Z")), "AttendanceRecorded");
        long position = attendance.events().get(0).position();

        JsonNode before = meetingView(meeting, university.credential());
        assertThat(before.at("/attendance/1/representedBy/subject").asString()).isEqualTo(budiSubject);
        assertThat(before.at("/attendance/1/representedBy/name").asString()).isEqualTo(BUDI);
        assertThat(before.at("/attendance/1/representedBy/erased").asBoolean()).isFalse();
        String sariSubject = before.at("/attendance/2/representedBy/subject").asString();
        assertThat(sariSubject).as("a generated subject").matches("ds-[0-9a-f-]{36}");
        assertThat(before.at("/attendance/2/representedBy/name").asString()).isEqualTo(SARI);
        assertThat(before.at("/attendance/0/representedBy").isNull()).isTrue();
        assertThat(meetingView(meeting, operatorToken())).as("the operator reads what a member reads").isEqualTo(before);
        JsonNode published = meetingView(meeting, null);
        assertThat(published.at("/attendance/1/stakeholderId").asString()).isEqualTo(university.id());
        assertThat(published.at("/attendance/1/representedBy").isNull())
                .as("the public reads the meeting without its representatives").isTrue();
        assertThat(published.at("/attendance/2/representedBy").isNull()).isTrue();
        assertThat(published.toString()).doesNotContain(budiSubject).doesNotContain(sariSubject);

        BsonDocument storedBefore = storedCommit(position);
        BsonDocument envelope = storedBefore.getArray("events").get(0).asDocument()
                .getDocument("payload").getArray("entries").get(1).asDocument().getDocument("representedBy");
        assertThat(envelope.keySet()).containsExactly("subject", "alg", "iv", "ct");
        assertThat(wholeDatabaseAsJson()).as("no name in clear anywhere in the database")
                .doesNotContain(BUDI).doesNotContain(SARI);
        String entryBefore = ledgerEntry(position);
        assertThat(entryBefore).contains(budiSubject).doesNotContain(BUDI).doesNotContain(SARI);
        assertThat(body("/api/ledger/entries?start=" + position + "&end=" + (position + 1)))
                .as("the public reads the entry with the representatives withheld").contains("withheld")
                .doesNotContain(budiSubject).doesNotContain(BUDI).doesNotContain(SARI);

        erasure(radio.credential(), budiSubject, Map.of("reason", "Permintaan yang bersangkutan"))
                .expectStatus().isForbidden()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.rule").isEqualTo("operator-only");
        erasure(operatorToken(), budiSubject, Map.of("reason", " "))
                .expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.field").isEqualTo("reason");
        erasure(operatorToken(), "not a subject!", Map.of("reason", "x"))
                .expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.field").isEqualTo("subjectId");
        erasure(operatorToken(), unique("ds"), Map.of("reason", "Permintaan yang bersangkutan"))
                .expectStatus().isNotFound()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.rule").isEqualTo("unknown-data-subject");
        assertThat(meetingView(meeting, lead.credential()).at("/attendance/1/representedBy/name").asString())
                .as("a refused erasure erases nothing").isEqualTo(BUDI);

        JsonNode erased = erasureRecord(Map.of("reason", "Permintaan yang bersangkutan, surat 12/2025"));
        assertThat(erased.get("subject").asString()).isEqualTo(budiSubject);
        assertThat(erased.get("erasedBy").asString()).isEqualTo("operator");
        assertThat(erased.get("reason").asString()).isEqualTo("Permintaan yang bersangkutan, surat 12/2025");
        assertThat(erasureRecord(Map.of("reason", "asked again")))
                .as("erasing again changes nothing and answers the first erasure").isEqualTo(erased);

        assertThat(JSON.readTree(web.get().uri("/api/data-subjects/{s}/erasure", budiSubject)
                .headers(h -> h.setBearerAuth(operatorToken())).exchange()
                .expectStatus().isOk().expectBody().returnResult().getResponseBody())).isEqualTo(erased);
        web.get().uri("/api/data-subjects/{s}/erasure", sariSubject)
                .headers(h -> h.setBearerAuth(operatorToken())).exchange()
                .expectStatus().isNotFound()
                .expectBody().jsonPath("$.rule").isEqualTo("resource-exists");

        JsonNode after = meetingView(meeting, radio.credential());
        assertThat(after.at("/attendance/1/representedBy/subject").asString()).isEqualTo(budiSubject);
        assertThat(after.at("/attendance/1/representedBy/name").isNull()).isTrue();
        assertThat(after.at("/attendance/1/representedBy/erased").asBoolean()).isTrue();
        assertThat(after.at("/attendance/2/representedBy/name").asString())
                .as("another subject in the same event stays readable").isEqualTo(SARI);
        assertThat(after.get("version")).isEqualTo(before.get("version"));
        assertThat(meetingView(meeting, operatorToken())).isEqualTo(after);
        assertThat(meetingView(meeting, null).at("/attendance/1/representedBy").isNull()).isTrue();

        assertThat(storedCommit(position)).as("erasure leaves the stored event as it was").isEqualTo(storedBefore);
        assertThat(ledgerEntry(position)).as("the ledger serves the same event and leaf").isEqualTo(entryBefore);
        assertThat(wholeDatabaseAsJson()).doesNotContain(BUDI).doesNotContain(SARI);
        Map<String, String> reads = Map.of(
                "/api/collaborations/" + collaboration + "/feed?page=first", university.id(),
                "/api/collaborations/" + collaboration + "/feed.atom", "Institut Teknologi Del",
                "/api/collaborations/" + collaboration + "/export.json", "AttendanceRecorded",
                "/api/ledger/history?collaborationId=" + collaboration, "AttendanceRecorded",
                "/api/feed/items/" + position, university.id());
        reads.forEach((read, shows) -> assertThat(body(read)).as(read)
                .contains(shows).doesNotContain(BUDI).doesNotContain(SARI));

        awaitCheckpointCovering(ledger.nextPosition());
        ByteArrayOutputStream progress = new ByteArrayOutputStream();
        NoteVerifier key = NoteVerifier.parse(body("/api/ledger/key").strip());
        // Recomputing every leaf needs the withheld fields: the operator's credential (docs/security.md).
        try (HttpLedgerSource source = new HttpLedgerSource("http://localhost:" + port, operatorToken())) {
            LedgerVerifier.Result result = new LedgerVerifier(key, new PrintStream(progress, true,
                    StandardCharsets.UTF_8)).verify(source, null);
            assertThat(result.verified()).as(result.verdict() + "\n" + progress).isTrue();
            assertThat(result.treeSize()).isGreaterThan(position);
        }

        assertThat(body("/api/ledger/evidence?collaborationId=" + collaboration, operatorToken()))
                .as("the evidence pack carries the envelope, never the name")
                .contains(budiSubject).doesNotContain(BUDI).doesNotContain(SARI);
        assertThat(body("/api/ledger/evidence?collaborationId=" + collaboration))
                .as("the public evidence pack withholds the envelope").doesNotContain(budiSubject);

        String nextMeeting = convened();
        refused(422, "data-subject-not-erased", () -> post(lead, "/api/meetings/" + nextMeeting + "/attendance",
                Map.of("entries", List.of(Map.of("stakeholderId", university.id(), "status", "REPRESENTED",
                        "representedBy", Map.of("name", BUDI, "subject", budiSubject))))))
                .jsonPath("$.field").isEqualTo("entries[0].representedBy.subject");
    }

    @Test
    void aRepresentativeNamedBadly_isRefusedAsAProblem() {
        String meeting = convened();

        refused(400, "size", () -> post(lead, "/api/meetings/" + meeting + "/attendance", Map.of("entries",
                List.of(Map.of("stakeholderId", university.id(), "status", "REPRESENTED",
                        "representedBy", Map.of("name", "x".repeat(201), "subject", budiSubject))))))
                .jsonPath("$.field").isEqualTo("entries[0].representedBy.name");
        refused(400, "pattern", () -> post(lead, "/api/meetings/" + meeting + "/attendance", Map.of("entries",
                List.of(Map.of("stakeholderId", university.id(), "status", "REPRESENTED",
                        "representedBy", Map.of("name", BUDI, "subject", "no spaces allowed"))))))
                .jsonPath("$.field").isEqualTo("entries[0].representedBy.subject");
        refused(400, "not-blank", () -> post(lead, "/api/meetings/" + meeting + "/attendance", Map.of("entries",
                List.of(Map.of("stakeholderId", university.id(), "status", "REPRESENTED",
                        "representedBy", Map.of("subject", budiSubject))))))
                .jsonPath("$.field").isEqualTo("entries[0].representedBy.name");
    }

    /** The meeting as the holder of {@code token} reads it; {@code null} reads as the public. */
    JsonNode meetingView(String meeting, String token) {
        return JSON.readTree(body("/api/meetings/" + meeting, token));
    }

    BsonDocument storedCommit(long position) {
        return database.getCollection("events", BsonDocument.class).find(eq("positions", position))
                .first();
    }

    /** The entry as the operator reads it: with the withheld fields (the envelope) and the leaf. */
    String ledgerEntry(long position) {
        return body("/api/ledger/entries?start=" + position + "&end=" + (position + 1), operatorToken());
    }

    String wholeDatabaseAsJson() {
        StringBuilder all = new StringBuilder();
        for (String name : database.listCollectionNames().into(new ArrayList<>())) {
            database.getCollection(name, BsonDocument.class).find().forEach(d -> all.append(d.toJson()));
        }
        return all.toString();
    }

    WebTestClient.ResponseSpec erasure(String token, String subject, Object body) {
        return web.post().uri("/api/data-subjects/{subject}/erasure", subject)
                .headers(h -> h.setBearerAuth(token))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }

    JsonNode erasureRecord(Object body) {
        return JSON.readTree(erasure(operatorToken(), budiSubject, body)
                .expectStatus().isOk()
                .expectBody().returnResult().getResponseBody());
    }

    String body(String uri) {
        return body(uri, null);
    }

    String body(String uri, String token) {
        return web.mutate().codecs(c -> c.defaultCodecs().maxInMemorySize(16 << 20)).build()
                .get().uri(uri).headers(h -> {
                    if (token != null) {
                        h.setBearerAuth(token);
                    }
                }).exchange()
                .expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
    }

    void awaitCheckpointCovering(long size) {
        NoteVerifier key = NoteVerifier.parse(body("/api/ledger/key").strip());
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(() ->
                Checkpoint.verify(body("/api/ledger/checkpoint"), key, key.name()).treeSize() >= size);
    }
}
