package id.gotong.upcasting;

import id.gotong.events.MeetingEvent.AttendanceRecorded;
import id.gotong.events.MeetingEvent.MeetingClosed;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.serialization.upcasting.event.InitialEventRepresentation;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

import java.time.Instant;

import static id.gotong.upcasting.OutcomeReportedRevision1To2Test.EVENTS;
import static id.gotong.upcasting.OutcomeReportedRevision1To2Test.upcast;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The upcaster on its own, on JSON; the stored-document test, which also reads the result into the event, is
 * {@code AttendanceRecordedRevision1FromTheStoreTest} (infra), where the event serializer knows personal data.
 */
class AttendanceRecordedRevision1To2Test {

    static final String PROVENANCE = """
            {"actor": "bappeda-toba", "collaborationId": "toba-smart-governance",
             "occurredAt": "2024-02-15T05:00:00Z", "recordedAt": "2024-02-15T05:00:00Z", "authority": null,
             "evidences": ["AG_FACE_TO_FACE_DIALOGUE", "EN_PRINCIPLED_ENGAGEMENT_DISCOVERY"]}""";

    static IntermediateEventRepresentation stored(String type, String revision, String payload) {
        return new InitialEventRepresentation(new GenericDomainEventEntry<>("Meeting", "mtg-forum", 1, "evt-2",
                Instant.parse("2024-02-15T05:00:00Z"), type, revision, payload, "{}"), EVENTS);
    }

    @Test
    void theStoredTypeNameIsTodaysClassName() {
        assertThat(AttendanceRecordedRevision1To2.TYPE).isEqualTo(AttendanceRecorded.class.getName());
    }

    @Test
    void givenRevision1_whenRead_thenRevision2WithTheClearNameMarkedLegacyAndNullsLeftNull() {
        IntermediateEventRepresentation read = upcast(stored(AttendanceRecordedRevision1To2.TYPE, "1", """
                {"meetingId": "mtg-forum", "provenance": %s, "entries": [
                 {"stakeholderId": "bappeda-toba", "status": "PRESENT", "representedBy": null},
                 {"stakeholderId": "rri-sibolga", "status": "REPRESENTED", "representedBy": "Kepala Seksi Siaran"}]}"""
                .formatted(PROVENANCE)));

        assertThat(read.getType().getRevision()).isEqualTo("2");
        ObjectNode payload = read.getData(ObjectNode.class).getData();
        assertThat(payload.at("/entries/0/representedBy").isNull()).isTrue();
        assertThat(payload.at("/entries/1/representedBy").propertyNames()).containsExactly("legacyClear");
        assertThat(payload.at("/entries/1/representedBy/legacyClear").asString()).isEqualTo("Kepala Seksi Siaran");
        assertThat(payload.at("/entries/1/status").asString()).isEqualTo("REPRESENTED");
        assertThat(payload.get("meetingId").asString()).isEqualTo("mtg-forum");
    }

    @Test
    void givenRevision2_whenRead_thenLeftAsStored() {
        String payload = """
                {"meetingId": "mtg-forum", "provenance": %s, "entries": [
                 {"stakeholderId": "rri-sibolga", "status": "REPRESENTED", "representedBy":
                  {"subject": "ds-1", "alg": "A256GCM", "iv": "AAAAAAAAAAAAAAAA", "ct": "AAAA"}}]}"""
                .formatted(PROVENANCE);

        IntermediateEventRepresentation read = upcast(stored(AttendanceRecordedRevision1To2.TYPE, "2", payload));

        assertThat(read.getType().getRevision()).isEqualTo("2");
        assertThat(read.getData(String.class).getData()).isEqualTo(payload);
    }

    @Test
    void givenAnotherMeetingEvent_whenRead_thenLeftAsStored() {
        String payload = "{\"meetingId\": \"mtg-forum\", \"provenance\": %s}".formatted(PROVENANCE);

        IntermediateEventRepresentation read = upcast(stored(MeetingClosed.class.getName(), "1", payload));

        assertThat(read.getType().getRevision()).isEqualTo("1");
        assertThat(read.getData(String.class).getData()).isEqualTo(payload);
    }
}
