package id.gotong.ledger.store;

import id.gotong.ledger.LedgerLeaf;
import org.bson.BsonDocument;
import org.bson.BsonInt32;
import org.bson.BsonInt64;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** The store's leaves: the same bytes as the leaf of the event's JSON ({@code LedgerLeafTest}). */
class StoredLeafTest {

    static final String STORED = """
            {"eventId": "e1", "aggregateType": "Agreement", "aggregateId": "agr-1",
             "sequenceNumber": {"$numberLong": "3"}, "timestamp": "2024-06-30T11:59:59.123456Z",
             "payloadType": "x.Recorded", "payloadRevision": "1", "payload": {"text": "hi", "number": 2, "ratio": 0.5},
             "metadata": {"actor": "a"}, "extra": "not part of the leaf"}""";

    @Test
    void leafIsTheCanonicalJsonOfThePositionAndTheListedFields() {
        byte[] leaf = StoredLeaf.bytes(41, BsonDocument.parse(STORED));
        assertThat(new String(leaf, StandardCharsets.UTF_8)).isEqualTo(
                "{\"aggregateId\":\"agr-1\",\"aggregateType\":\"Agreement\",\"eventId\":\"e1\","
                + "\"metadata\":{\"actor\":\"a\"},\"payload\":{\"number\":2,\"ratio\":0.5,\"text\":\"hi\"},"
                + "\"payloadRevision\":\"1\",\"payloadType\":\"x.Recorded\",\"position\":41,\"sequenceNumber\":3,"
                + "\"timestamp\":\"2024-06-30T11:59:59.123456Z\"}");
    }

    @Test
    void int32AndInt64AreTheSameNumber() {
        BsonDocument a = BsonDocument.parse(STORED);
        BsonDocument b = BsonDocument.parse(STORED);
        b.put("sequenceNumber", new BsonInt32(3));
        a.getDocument("payload").put("number", new BsonInt64(2));
        assertThat(StoredLeaf.bytes(41, a)).isEqualTo(StoredLeaf.bytes(41, b));
    }

    @Test
    void eventsOutsideAnAggregateHaveNoAggregateFieldsAndNullRevisionStays() {
        BsonDocument stored = BsonDocument.parse("""
                {"eventId": "e2", "timestamp": "2024-06-30T00:00:00Z", "payloadType": "p",
                 "payloadRevision": null, "payload": "just a string", "metadata": {}}""");
        assertThat(new String(StoredLeaf.bytes(0, stored), StandardCharsets.UTF_8)).isEqualTo(
                "{\"eventId\":\"e2\",\"metadata\":{},\"payload\":\"just a string\",\"payloadRevision\":null,"
                + "\"payloadType\":\"p\",\"position\":0,\"timestamp\":\"2024-06-30T00:00:00Z\"}");
    }

    @Test
    void theServedEventJsonGivesTheSameLeafAsTheStoredDocument() {
        BsonDocument stored = BsonDocument.parse(STORED);
        var json = JsonMapper.builder().build().readTree(StoredLeaf.eventJson(stored));
        assertThat(json.has("extra")).isFalse();
        assertThat(LedgerLeaf.bytes(41, json)).isEqualTo(StoredLeaf.bytes(41, stored));
        assertThat(LedgerLeaf.bytes(42, json)).isNotEqualTo(StoredLeaf.bytes(41, stored));
    }
}
