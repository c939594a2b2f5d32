package id.gotong.ledger;

import org.bson.BsonDocument;
import org.bson.BsonInt64;
import org.bson.BsonValue;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import java.util.List;

/**
 * The leaf of the ledger's Merkle tree for one stored event: the RFC 8785 canonical JSON of
 * {@code {"position": p}} plus the fields {@link #EVENT_FIELDS} of the event as stored in its commit document.
 *
 * <p>Fields absent from the stored event are absent from the leaf (events published outside an aggregate have no
 * {@code aggregateType}, {@code aggregateId}, {@code sequenceNumber}); any other field of the stored event is not part
 * of the leaf. BSON Int32 and Int64 both become JSON numbers; the timestamp is already an ISO-8601 string.
 */
public final class LedgerLeaf {
    public static final String POSITION = "position";
    /** The stored event's fields that make up a leaf, besides the position. */
    public static final List<String> EVENT_FIELDS = List.of("eventId", "aggregateType", "aggregateId",
            "sequenceNumber", "timestamp", "payloadType", "payloadRevision", "payload", "metadata");

    private LedgerLeaf() {
    }

    /** The leaf bytes of the event at global position {@code position}, from its stored subdocument. */
    public static byte[] bytes(long position, BsonDocument storedEvent) {
        BsonDocument leaf = new BsonDocument(POSITION, new BsonInt64(position));
        leaf.putAll(event(storedEvent));
        return CanonicalJson.canonicalizeValue(leaf);
    }

    /** The same leaf from the event as JSON (what an auditor downloads): must give the same bytes. */
    public static byte[] bytes(long position, JsonNode event) {
        ObjectNode leaf = JsonNodeFactory.instance.objectNode();
        leaf.put(POSITION, position);
        for (String field : EVENT_FIELDS) {
            JsonNode value = event.get(field);
            if (value != null) {
                leaf.set(field, value);
            }
        }
        return CanonicalJson.canonicalize(leaf);
    }

    /** The leaf fields of a stored event, in leaf order, without the position. */
    public static BsonDocument event(BsonDocument storedEvent) {
        BsonDocument event = new BsonDocument();
        for (String field : EVENT_FIELDS) {
            BsonValue value = storedEvent.get(field);
            if (value != null) {
                event.put(field, value);
            }
        }
        return event;
    }

    /** The canonical JSON of {@link #event}: how the ledger serves the event next to its leaf. */
    public static byte[] eventJson(BsonDocument storedEvent) {
        return CanonicalJson.canonicalizeValue(event(storedEvent));
    }
}
