package id.gotong.eventstore;

import id.gotong.api.ActApiTestSupport;
import id.gotong.events.OutcomeEvent.OutcomeReported;
import id.gotong.outcome.Outcome;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.bson.BsonArray;
import org.bson.BsonDocument;
import org.bson.BsonInt64;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;

import java.util.List;

import static com.mongodb.client.model.Filters.eq;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The stored revision 1 report, put into the application's embedded MongoDB as the engine would have written it, read
 * through the application's event store: as the aggregate behind {@code GET /api/outcomes/{id}}, and as the stream
 * tracking processors consume. Both see revision 2; the stored document stays revision 1.
 */
class OutcomeReportedRevision1InTheApplicationTest extends ActApiTestSupport {

    static final String OUTCOME = "out-e9821111-373b-45a8-8003-f7b3b59573d9";

    @Autowired
    @Qualifier("eventSerializer")
    Serializer eventSerializer;

    @Test
    void givenRevision1InTheStore_whenReadThroughTheApplication_thenRevision2WithNoMinimum() throws Exception {
        long position = ledger.nextPosition();
        BsonDocument commit = OutcomeReportedRevision1FromTheStoreTest.storedCommit()
                .append(CommitDocument.ID, new BsonInt64(position))
                .append(CommitDocument.POSITIONS, new BsonArray(List.of(new BsonInt64(position))));
        database.getCollection("events", BsonDocument.class).insertOne(commit);

        Outcome.View view = web.get().uri("/api/outcomes/" + OUTCOME).exchange()
                .expectStatus().isOk()
                .expectBody(Outcome.View.class).returnResult().getResponseBody();
        assertThat(view.minimum()).isNull();
        assertThat(view).extracting(Outcome.View::indicator, Outcome.View::value, Outcome.View::baseline,
                        Outcome.View::target, Outcome.View::reportedBy, Outcome.View::version)
                .containsExactly("SPBE index", "2.98", "1.69", "3.39", "stk-e3113f77", 0L);

        TrackedEventMessage<?> streamed;
        try (var events = ledger.readEvents(new GlobalSequenceTrackingToken(position - 1), false)) {
            streamed = events.findFirst().orElseThrow();
        }
        assertThat(((OutcomeReported) streamed.getPayload()).minimum()).isNull();
        SerializedObject<String> asRead = streamed.serializePayload(eventSerializer, String.class);
        assertThat(asRead.getType().getRevision()).as("read through the registered upcaster").isEqualTo("2");
        assertThat(asRead.getData()).contains("\"minimum\":null");

        assertThat(database.getCollection("events", BsonDocument.class).find(eq(CommitDocument.ID, position)).first())
                .as("the stored event never changes").isEqualTo(commit);
    }
}
