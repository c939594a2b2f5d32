package id.gotong.eventstore;

import id.gotong.events.OutcomeEvent.OutcomeReported;
import id.gotong.events.Provenance;
import id.gotong.events.TheoryElement;
import id.gotong.personaldata.PersonalDataCipher;
import id.gotong.personaldata.SubjectKeys;
import id.gotong.serialization.GotongJson;
import id.gotong.upcasting.Upcasters;
import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.EventStreamUtils;
import org.axonframework.serialization.AnnotationRevisionResolver;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.upcasting.event.InitialEventRepresentation;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.bson.BsonDocument;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A revision 1 {@code OutcomeReported} exactly as the engine stored it (captured from the application before revision
 * 2 existed), read the way the engine reads it: {@link StoredEvent}, then the upcaster chain, then the event serializer.
 */
class OutcomeReportedRevision1FromTheStoreTest {

    static final Serializer EVENTS = GotongJson.events(new AnnotationRevisionResolver(),
            new PersonalDataCipher(SubjectKeys.inMemory()));

    static BsonDocument storedCommit() throws IOException {
        try (InputStream json = OutcomeReportedRevision1FromTheStoreTest.class
                .getResourceAsStream("/eventstore/outcome-reported-revision-1.json")) {
            return BsonDocument.parse(new String(json.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    static DomainEventData<String> storedEvent() throws IOException {
        return StoredEvent.domain(storedCommit().getArray(CommitDocument.EVENTS).get(0).asDocument());
    }

    @Test
    void theDocumentHoldsARevision1Report() throws IOException {
        DomainEventData<String> stored = storedEvent();

        assertThat(stored.getPayload().getType().getName()).isEqualTo(OutcomeReported.class.getName());
        assertThat(stored.getPayload().getType().getRevision()).isEqualTo("1");
        assertThat(stored.getPayload().getData()).doesNotContain("\"minimum\"");
    }

    @Test
    void whenUpcast_thenRevision2WithMinimumNullAndEveryStoredPropertyAsItWas() throws IOException {
        IntermediateEventRepresentation asStored = new InitialEventRepresentation(storedEvent(), EVENTS);

        IntermediateEventRepresentation read = Upcasters.chain().upcast(Stream.of(asStored)).toList().get(0);

        assertThat(read.getType().getRevision()).isEqualTo("2");
        ObjectNode payload = read.getData(ObjectNode.class).getData();
        assertThat(payload.has("minimum")).isTrue();
        assertThat(payload.get("minimum").isNull()).isTrue();
        ObjectNode withoutMinimum = payload.deepCopy();
        withoutMinimum.remove("minimum");
        assertThat(withoutMinimum).isEqualTo(asStored.getData(ObjectNode.class).getData());
        assertThat(read.getMessageIdentifier()).isEqualTo("4ba0a4a3-de19-476e-a37f-565fcb596ffc");
        assertThat(read.getSequenceNumber()).contains(0L);
    }

    @Test
    void whenDeserialized_thenTheSameReportWithNoMinimum() throws IOException {
        DomainEventData<String> stored = storedEvent();

        DomainEventMessage<?> message = EventStreamUtils
                .upcastAndDeserializeDomainEvents(Stream.of(stored), EVENTS, Upcasters.chain())
                .next();

        assertThat(message.getPayload()).isEqualTo(new OutcomeReported("out-e9821111-373b-45a8-8003-f7b3b59573d9",
                new Provenance("stk-e3113f77", "col-845d2415", Instant.parse("2025-03-31T02:00:00Z"),
                        Instant.parse("2026-11-22T07:21:09.333635985Z"), null,
                        Set.of(TheoryElement.AG_INTERMEDIATE_OUTCOMES)),
                "SPBE index", "2024", "2.98", "index (0–5; national minimum 2.6 \"Baik\")", "1.69", "3.39", null,
                "https://tobakab.go.id/spbe/evaluasi-2024"));
        assertThat(message.getAggregateIdentifier()).isEqualTo("out-e9821111-373b-45a8-8003-f7b3b59573d9");
        assertThat(message.getTimestamp()).isEqualTo(stored.getTimestamp());
        assertThat(message.getMetaData()).containsEntry("correlationId", "816335b7-029b-4110-8eb5-c336aef14c49");
    }
}
