package id.gotong.ledger.store;

import id.gotong.ledger.CanonicalJson;
import id.gotong.ledger.LedgerLeaf;
import org.bson.BsonDocument;
import org.bson.BsonInt64;
import org.bson.BsonValue;

/**
 * The ledger leaf ({@link LedgerLeaf}) of an event as the store holds it, a BSON subdocument of its commit: the same
 * bytes an auditor computes from the event's JSON. BSON documents and arrays are read as maps and lists; strings,
 * booleans, null and 32-bit, 64-bit and double numbers as their JSON counterparts, and any other BSON type is refused.
 */
public final class StoredLeaf {

    private StoredLeaf() {
    }

    /** The leaf bytes of the event at global position {@code position}, from its stored subdocument. */
    public static byte[] bytes(long position, BsonDocument storedEvent) {
        BsonDocument leaf = new BsonDocument(LedgerLeaf.POSITION, new BsonInt64(position));
        leaf.putAll(event(storedEvent));
        return canonicalJson(leaf);
    }

    /** The leaf fields of a stored event, in leaf order, without the position. */
    public static BsonDocument event(BsonDocument storedEvent) {
        BsonDocument event = new BsonDocument();
        for (String field : LedgerLeaf.EVENT_FIELDS) {
            BsonValue value = storedEvent.get(field);
            if (value != null) {
                event.put(field, value);
            }
        }
        return event;
    }

    /** The canonical JSON of {@link #event}: how the ledger serves the event next to its leaf. */
    public static byte[] eventJson(BsonDocument storedEvent) {
        return canonicalJson(event(storedEvent));
    }

    /** RFC 8785 canonical JSON of a BSON value, a driver {@link org.bson.Document}, or a plain map/list/scalar tree. */
    public static byte[] canonicalJson(Object value) {
        return CanonicalJson.canonicalizeValue(value, StoredLeaf::plain);
    }

    private static Object plain(Object value) {
        if (!(value instanceof BsonValue bson)) {
            return value;
        }
        return switch (bson.getBsonType()) {
            case DOCUMENT, ARRAY -> bson;  // a Map and a List of BSON values
            case STRING -> bson.asString().getValue();
            case BOOLEAN -> bson.asBoolean().getValue();
            case NULL -> null;
            case INT32 -> bson.asInt32().getValue();
            case INT64 -> bson.asInt64().getValue();
            case DOUBLE -> bson.asDouble().getValue();
            default -> throw new IllegalArgumentException("no JSON form for BSON " + bson.getBsonType()
                    + "; map it to a string or number first");
        };
    }
}
