package id.gotong.ledger;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** Leaves from the event as JSON, as an auditor computes them; the store's own form is {@code StoredLeafTest}. */
class LedgerLeafTest {

    static final JsonMapper JSON = JsonMapper.builder().build();

    static final String EVENT = """
            {"eventId": "e1", "aggregateType": "Agreement", "aggregateId": "agr-1",
             "sequenceNumber": 3, "timestamp": "2024-06-30T11:59:59.123456Z",
             "payloadType": "x.Recorded", "payloadRevision": "1", "payload": {"text": "hi", "number": 2, "ratio": 0.5},
             "metadata": {"actor": "a"}, "extra": "not part of the leaf"}""";

    @Test
    void leafIsTheCanonicalJsonOfThePositionAndTheListedFields() {
        byte[] leaf = LedgerLeaf.bytes(41, JSON.readTree(EVENT));
        assertThat(new String(leaf, StandardCharsets.UTF_8)).isEqualTo(
                "{\"aggregateId\":\"agr-1\",\"aggregateType\":\"Agreement\",\"eventId\":\"e1\","
                + "\"metadata\":{\"actor\":\"a\"},\"payload\":{\"number\":2,\"ratio\":0.5,\"text\":\"hi\"},"
                + "\"payloadRevision\":\"1\",\"payloadType\":\"x.Recorded\",\"position\":41,\"sequenceNumber\":3,"
                + "\"timestamp\":\"2024-06-30T11:59:59.123456Z\"}");
    }

    @Test
    void eventsOutsideAnAggregateHaveNoAggregateFieldsAndNullRevisionStays() {
        JsonNode event = JSON.readTree("""
                {"eventId": "e2", "timestamp": "2024-06-30T00:00:00Z", "payloadType": "p",
                 "payloadRevision": null, "payload": "just a string", "metadata": {}}""");
        assertThat(new String(LedgerLeaf.bytes(0, event), StandardCharsets.UTF_8)).isEqualTo(
                "{\"eventId\":\"e2\",\"metadata\":{},\"payload\":\"just a string\",\"payloadRevision\":null,"
                + "\"payloadType\":\"p\",\"position\":0,\"timestamp\":\"2024-06-30T00:00:00Z\"}");
    }

    @Test
    void thePositionIsPartOfTheLeafAndTheFieldOrderIsNot() {
        JsonNode event = JSON.readTree(EVENT);
        JsonNode reordered = JSON.readTree("""
                {"metadata": {"actor": "a"}, "payload": {"ratio": 0.5, "number": 2, "text": "hi"},
                 "payloadRevision": "1", "payloadType": "x.Recorded", "timestamp": "2024-06-30T11:59:59.123456Z",
                 "sequenceNumber": 3, "aggregateId": "agr-1", "aggregateType": "Agreement", "eventId": "e1"}""");
        assertThat(LedgerLeaf.bytes(41, reordered)).isEqualTo(LedgerLeaf.bytes(41, event));
        assertThat(LedgerLeaf.bytes(42, event)).isNotEqualTo(LedgerLeaf.bytes(41, event));
    }
}
