package id.gotong.upcasting;

import id.gotong.eventjson.EventJson;
import id.gotong.events.OutcomeEvent.OutcomeConfirmed;
import id.gotong.events.OutcomeEvent.OutcomeReported;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.upcasting.event.InitialEventRepresentation;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The upcaster on its own; the stored-document test is {@code OutcomeReportedRevision1FromTheStoreTest} (infra). */
class OutcomeReportedRevision1To2Test {

    /** The application's event serializer, without the personal-data sealing the store adds. */
    static final Serializer EVENTS = EventJson.serializer();

    static final String PROVENANCE = """
            {"actor": "diskominfo-toba", "collaborationId": "toba-smart-governance",
             "occurredAt": "2024-03-31T02:00:00Z", "recordedAt": "2024-03-31T02:00:00Z", "authority": null,
             "evidences": ["AG_INTERMEDIATE_OUTCOMES"]}""";

    static IntermediateEventRepresentation stored(String type, String revision, String payload) {
        return new InitialEventRepresentation(new GenericDomainEventEntry<>("Outcome", "toba-spbe-2023", 0, "evt-1",
                Instant.parse("2024-03-31T02:00:00Z"), type, revision, payload, "{}"), EVENTS);
    }

    static IntermediateEventRepresentation upcast(IntermediateEventRepresentation event) {
        return Upcasters.chain().upcast(Stream.of(event)).findFirst().orElseThrow();
    }

    @Test
    void theStoredTypeNameIsTodaysClassName() {
        assertThat(OutcomeReportedRevision1To2.TYPE).isEqualTo(OutcomeReported.class.getName());
    }

    @Test
    void givenRevision1_whenRead_thenRevision2WithoutMinimum() {
        IntermediateEventRepresentation read = upcast(stored(OutcomeReportedRevision1To2.TYPE, "1", """
                {"outcomeId": "toba-spbe-2023", "provenance": %s, "indicator": "SPBE index", "period": "2023",
                 "value": "2.16", "unit": "index (0–5)", "baseline": "1.69", "target": "3.39", "evidenceLink": null}"""
                .formatted(PROVENANCE)));

        assertThat(read.getType().getRevision()).isEqualTo("2");
        OutcomeReported reported = EVENTS.deserialize(read.getData());
        assertThat(reported.minimum()).isNull();
        assertThat(reported.value()).isEqualTo("2.16");
        assertThat(reported.target()).isEqualTo("3.39");
    }

    @Test
    void givenRevision2_whenRead_thenLeftAsStored() {
        String payload = """
                {"outcomeId": "toba-spbe-2024", "provenance": %s, "indicator": "SPBE index", "period": "2024",
                 "value": "2.98", "unit": "index (0–5)", "baseline": "1.69", "target": "3.39", "minimum": "2.6",
                 "evidenceLink": null}""".formatted(PROVENANCE);

        IntermediateEventRepresentation read = upcast(stored(OutcomeReportedRevision1To2.TYPE, "2", payload));

        assertThat(read.getType().getRevision()).isEqualTo("2");
        assertThat(read.getData(String.class).getData()).isEqualTo(payload);
        assertThat(((OutcomeReported) EVENTS.deserialize(read.getData())).minimum()).isEqualTo("2.6");
    }

    @Test
    void givenAnotherEventType_whenRead_thenLeftAsStored() {
        String payload = "{\"outcomeId\": \"toba-spbe-2024\", \"provenance\": %s}".formatted(PROVENANCE);

        IntermediateEventRepresentation read = upcast(stored(OutcomeConfirmed.class.getName(), "1", payload));

        assertThat(read.getType().getRevision()).isEqualTo("1");
        assertThat(read.getData(String.class).getData()).isEqualTo(payload);
    }
}
