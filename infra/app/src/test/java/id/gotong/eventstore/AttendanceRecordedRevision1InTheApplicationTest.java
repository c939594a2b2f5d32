package id.gotong.eventstore;

import id.gotong.api.ActApiTestSupport;
import id.gotong.events.Sector;
import org.bson.BsonArray;
import org.bson.BsonDocument;
import org.bson.BsonInt64;
import org.bson.BsonString;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static com.mongodb.client.model.Filters.eq;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The stored revision 1 attendance, put into the application's MongoDB as the second event of a meeting convened over
 * HTTP: {@code GET /api/meetings/{id}} shows the name recorded in clear as a legacy value without a data subject,
 * and the stored document stays revision 1.
 */
class AttendanceRecordedRevision1InTheApplicationTest extends ActApiTestSupport {

    @Test
    void givenRevision1InTheStore_whenTheMeetingIsRead_thenTheNameIsALegacyClearValueWithoutASubject()
            throws Exception {
        Registered lead = givenStakeholder("Diskominfo Kabupaten Toba", Sector.GOVERNMENT);
        Registered radio = givenStakeholder("RRI Sibolga", Sector.MEDIA);
        String collaboration = givenCollaboration(lead, radio);
        String meeting = accepted(201, () -> post(lead, "/api/collaborations/" + collaboration + "/meetings",
                Map.of("title", "Forum SPBE", "scheduledAt", "2024-06-20T02:00:00Z", "formality", "FORMAL",
                        "channel", "IN_PERSON", "occurredAt", "2024-06-01T01:00:00Z")), "MeetingConvened").id();

        long position = ledger.nextPosition();
        String eventId = unique("evt");
        BsonDocument commit = AttendanceRecordedRevision1FromTheStoreTest.storedCommit()
                .append(CommitDocument.ID, new BsonInt64(position))
                .append(CommitDocument.POSITIONS, new BsonArray(List.of(new BsonInt64(position))))
                .append("aggregateKeys", new BsonArray(List.of(new BsonString(meeting + "|1"))))
                .append("eventIds", new BsonArray(List.of(new BsonString(eventId))));
        BsonDocument event = commit.getArray(CommitDocument.EVENTS).get(0).asDocument()
                .append("eventId", new BsonString(eventId))
                .append("aggregateId", new BsonString(meeting));
        event.getDocument("payload").append("meetingId", new BsonString(meeting));
        assertThat(event.getString("payloadRevision").getValue()).isEqualTo("1");
        database.getCollection("events", BsonDocument.class).insertOne(commit);

        state("/api/meetings/" + meeting, "1")
                .jsonPath("$.attendance.length()").isEqualTo(3)
                .jsonPath("$.attendance[1].status").isEqualTo("REPRESENTED")
                .jsonPath("$.attendance[1].representedBy.name").isEqualTo("Kepala Seksi Siaran")
                .jsonPath("$.attendance[1].representedBy.subject").doesNotExist()
                .jsonPath("$.attendance[1].representedBy.erased").isEqualTo(false)
                .jsonPath("$.attendance[0].representedBy").doesNotExist();

        assertThat(database.getCollection("events", BsonDocument.class).find(eq(CommitDocument.ID, position)).first())
                .as("the stored event never changes").isEqualTo(commit);
    }
}
