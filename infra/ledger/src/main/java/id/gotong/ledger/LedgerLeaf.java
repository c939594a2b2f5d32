package id.gotong.ledger;

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
 * of the leaf. Stored integers of any width become JSON numbers; the timestamp is already an ISO-8601 string. The
 * store computes the same bytes from its own documents ({@code id.gotong.ledger.store.StoredLeaf}).
 */
public final class LedgerLeaf {
    public static final String POSITION = "position";
    /** The stored event's fields that make up a leaf, besides the position. */
    public static final List<String> EVENT_FIELDS = List.of("eventId", "aggregateType", "aggregateId",
            "sequenceNumber", "timestamp", "payloadType", "payloadRevision", "payload", "metadata");

    private LedgerLeaf() {
    }

    /** The leaf bytes from the event as JSON (what an auditor downloads). */
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
}
