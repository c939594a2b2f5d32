package id.gotong.eventstore;

import id.gotong.events.MeetingEvent.Attendance;
import id.gotong.events.MeetingEvent.AttendanceRecorded;
import id.gotong.events.MeetingEvent.AttendanceStatus;
import id.gotong.events.PersonalData;
import id.gotong.personaldata.PersonalDataCipher;
import id.gotong.personaldata.SubjectKeys;
import id.gotong.serialization.GotongJson;
import id.gotong.upcasting.Upcasters;
import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.EventStreamUtils;
import org.axonframework.serialization.AnnotationRevisionResolver;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.upcasting.event.InitialEventRepresentation;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.bson.BsonDocument;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A revision 1 {@code AttendanceRecorded}, with the representative's name in clear, in the shape the engine stored
 * it (the fields of {@code outcome-reported-revision-1.json}), read the way the engine reads it. The name reads as a
 * legacy clear value: it names no data subject, and no key can shred it.
 */
class AttendanceRecordedRevision1FromTheStoreTest {

    static final Serializer EVENTS = GotongJson.events(new AnnotationRevisionResolver(),
            new PersonalDataCipher(SubjectKeys.inMemory()));

    static BsonDocument storedCommit() throws IOException {
        try (InputStream json = AttendanceRecordedRevision1FromTheStoreTest.class
                .getResourceAsStream("/eventstore/attendance-recorded-revision-1.json")) {
            return BsonDocument.parse(new String(json.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    static DomainEventData<String> storedEvent() throws IOException {
        return StoredEvent.domain(storedCommit().getArray(CommitDocument.EVENTS).get(0).asDocument());
    }

    @Test
    void theDocumentHoldsARevision1RecordWithTheNameInClear() throws IOException {
        DomainEventData<String> stored = storedEvent();

        assertThat(stored.getPayload().getType().getName()).isEqualTo(AttendanceRecorded.class.getName());
        assertThat(stored.getPayload().getType().getRevision()).isEqualTo("1");
        assertThat(stored.getPayload().getData()).contains("\"representedBy\": \"Kepala Seksi Siaran\"");
    }

    @Test
    void whenUpcast_thenRevision2WithTheNameAsALegacyClearValueAndEverythingElseAsStored() throws IOException {
        IntermediateEventRepresentation asStored = new InitialEventRepresentation(storedEvent(), EVENTS);

        IntermediateEventRepresentation read = Upcasters.chain().upcast(Stream.of(asStored)).toList().get(0);

        assertThat(read.getType().getRevision()).isEqualTo("2");
        ObjectNode payload = read.getData(ObjectNode.class).getData();
        assertThat(payload.at("/entries/1/representedBy/legacyClear").asString()).isEqualTo("Kepala Seksi Siaran");
        assertThat(payload.at("/entries/0/representedBy").isNull()).isTrue();
        assertThat(payload.at("/entries/2/representedBy").isNull()).isTrue();
        ObjectNode withoutEntries = payload.deepCopy();
        withoutEntries.remove("entries");
        ObjectNode storedWithoutEntries = asStored.getData(ObjectNode.class).getData().deepCopy();
        storedWithoutEntries.remove("entries");
        assertThat(withoutEntries).isEqualTo(storedWithoutEntries);
        assertThat(read.getMessageIdentifier()).isEqualTo("a3f1c2d4-5b6e-4f70-8a9b-0c1d2e3f4a5b");
    }

    @Test
    void whenDeserialized_thenTheRepresentativeIsALegacyClearValueWithoutASubject() throws IOException {
        DomainEventMessage<?> message = EventStreamUtils
                .upcastAndDeserializeDomainEvents(Stream.of(storedEvent()), EVENTS, Upcasters.chain())
                .next();

        AttendanceRecorded event = (AttendanceRecorded) message.getPayload();
        assertThat(event.entries()).containsExactly(
                new Attendance("stk-e3113f77", AttendanceStatus.PRESENT, null),
                new Attendance("stk-7a2b9c01", AttendanceStatus.REPRESENTED,
                        PersonalData.legacyClear("Kepala Seksi Siaran")),
                new Attendance("stk-41d0e6aa", AttendanceStatus.ABSENT, null));
        PersonalData legacy = event.entries().get(1).representedBy();
        assertThat(legacy.legacy()).isTrue();
        assertThat(legacy.subject()).isNull();
        assertThat(event.provenance().actor()).isEqualTo("stk-e3113f77");

        SerializedObject<String> again = EVENTS.serialize(event, String.class);
        assertThat(again.getData()).as("written again, a legacy value stays what it was, never sealed")
                .contains("\"representedBy\":{\"legacyClear\":\"Kepala Seksi Siaran\"}");
        assertThat((Object) EVENTS.deserialize(again)).isEqualTo(event);
    }
}
