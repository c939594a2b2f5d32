package id.gotong.personaldata;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import id.gotong.embedded.EmbeddedMongoServer;
import id.gotong.events.MeetingEvent.Attendance;
import id.gotong.events.MeetingEvent.AttendanceRecorded;
import id.gotong.events.MeetingEvent.AttendanceStatus;
import id.gotong.events.PersonalData;
import id.gotong.events.Provenance;
import id.gotong.events.TheoryElement;
import id.gotong.eventstore.MongoLedgerStorageEngine;
import id.gotong.ledger.store.StoredLeaf;
import id.gotong.serialization.GotongJson;
import id.gotong.upcasting.Upcasters;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.serialization.AnnotationRevisionResolver;
import org.bson.BsonDocument;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

import static com.mongodb.client.model.Filters.eq;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The event serializer with keys in MongoDB, through the storage engine on the embedded server: the stored document
 * holds only the envelope, reading it back decrypts, and after erasure the same stored bytes read as erased.
 */
class PersonalDataInTheStoreTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2025-03-01T03:00:00Z"), ZoneOffset.UTC);
    static final String NAME = "Budi Santoso";
    static final String SUBJECT = "ds-budi-santoso";

    @TempDir
    static Path dir;
    static EmbeddedMongoServer server;
    static MongoClient client;
    static MongoDatabase database;
    static MongoSubjectKeys keys;
    static MongoLedgerStorageEngine engine;

    @BeforeAll
    static void start() {
        server = EmbeddedMongoServer.start(dir.resolve("personal-data.mv"), 0);
        client = MongoClients.create(server.connectionString());
        database = client.getDatabase("gotong");
        keys = new MongoSubjectKeys(database, CLOCK);
        var serializer = GotongJson.events(new AnnotationRevisionResolver(), new PersonalDataCipher(keys));
        engine = MongoLedgerStorageEngine.builder().database(database).clock(CLOCK)
                .eventSerializer(serializer).snapshotSerializer(serializer).upcasterChain(Upcasters.chain()).build();
        engine.ensureIndexes();
    }

    @AfterAll
    static void stop() {
        client.close();
        server.close();
    }

    static AttendanceRecorded attendance(String meetingId) {
        return new AttendanceRecorded(meetingId, new Provenance("stk-bappeda", "col-toba",
                Instant.parse("2025-02-15T05:00:00Z"), CLOCK.instant(), null,
                Set.of(TheoryElement.AG_FACE_TO_FACE_DIALOGUE, TheoryElement.EN_PRINCIPLED_ENGAGEMENT_DISCOVERY)),
                List.of(new Attendance("stk-bappeda", AttendanceStatus.PRESENT, null),
                        new Attendance("stk-itdel", AttendanceStatus.REPRESENTED, PersonalData.of(SUBJECT, NAME))));
    }

    static BsonDocument storedEvent(String meetingId) {
        return database.getCollection("events", BsonDocument.class).find(eq("events.aggregateId", meetingId))
                .first().getArray("events").get(0).asDocument();
    }

    static AttendanceRecorded read(String meetingId) {
        return (AttendanceRecorded) engine.readEvents(meetingId).next().getPayload();
    }

    @Test
    void theStoredEventHoldsTheEnvelope_readingDecrypts_andErasureLeavesTheStoredBytesAsTheyWere() {
        String meeting = "mtg-" + System.nanoTime();
        AttendanceRecorded recorded = attendance(meeting);
        engine.appendEvents(new GenericDomainEventMessage<>("Meeting", meeting, 0, recorded));

        BsonDocument stored = storedEvent(meeting);
        assertThat(stored.toJson()).doesNotContain(NAME).doesNotContain("Budi");
        assertThat(stored.getString("payloadRevision").getValue()).isEqualTo("2");
        BsonDocument envelope = stored.getDocument("payload").getArray("entries").get(1).asDocument()
                .getDocument("representedBy");
        assertThat(envelope.keySet()).containsExactly("subject", "alg", "iv", "ct");
        assertThat(envelope.getString("subject").getValue()).isEqualTo(SUBJECT);
        assertThat(envelope.getString("alg").getValue()).isEqualTo("A256GCM");
        assertThat(stored.getDocument("payload").getArray("entries").get(0).asDocument().get("representedBy")
                .isNull()).isTrue();
        assertThat(database.getCollection(MongoSubjectKeys.KEYS).countDocuments(eq("_id", SUBJECT))).isEqualTo(1);
        byte[] leaf = StoredLeaf.bytes(7, stored);
        assertThat(new String(leaf)).doesNotContain(NAME);

        assertThat(read(meeting)).isEqualTo(recorded);

        keys.erase(SUBJECT, "operator", "Asked to be forgotten", CLOCK.instant());

        AttendanceRecorded afterErasure = read(meeting);
        assertThat(afterErasure.entries().get(1).representedBy()).isEqualTo(PersonalData.erasure(SUBJECT));
        assertThat(afterErasure.entries().get(0)).isEqualTo(recorded.entries().get(0));
        assertThat(afterErasure.provenance()).isEqualTo(recorded.provenance());
        assertThat(storedEvent(meeting)).isEqualTo(stored);
        assertThat(StoredLeaf.bytes(7, storedEvent(meeting))).isEqualTo(leaf);
        assertThat(database.getCollection(MongoSubjectKeys.KEYS).countDocuments(eq("_id", SUBJECT))).isZero();
        assertThat(keys.erasure(SUBJECT)).hasValueSatisfying(e -> {
            assertThat(e.erasedBy()).isEqualTo("operator");
            assertThat(e.reason()).isEqualTo("Asked to be forgotten");
        });
        assertThat(keys.known(SUBJECT)).isTrue();
    }
}
