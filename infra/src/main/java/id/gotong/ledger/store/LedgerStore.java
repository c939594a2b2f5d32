package id.gotong.ledger.store;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import id.gotong.eventstore.EventLog;
import org.bson.BsonDateTime;
import org.bson.BsonDocument;
import org.bson.BsonInt64;
import org.bson.BsonString;

import java.time.Instant;
import java.util.List;

import static com.mongodb.client.model.Filters.eq;

/**
 * The ledger's view of the database: reading stored events by position from {@code events} (the event store's
 * commit documents), the appender's progress in {@code ledger_state}, and signed checkpoints in
 * {@code ledger_checkpoints}. Every query is an equality or {@code $in} lookup on a unique key.
 */
public final class LedgerStore {
    public static final String EVENTS = "events";
    public static final String STATE = "ledger_state";
    public static final String CHECKPOINTS = "ledger_checkpoints";
    private static final BsonString TREE = new BsonString("tree");

    /** One stored event and its global position. */
    /** A signed checkpoint note as stored. */
    public record StoredCheckpoint(long treeSize, String note, Instant signedAt) {
    }

    private final MongoCollection<BsonDocument> events;
    private final MongoCollection<BsonDocument> state;
    private final MongoCollection<BsonDocument> checkpoints;

    public LedgerStore(MongoDatabase database) {
        this.events = database.getCollection(EVENTS, BsonDocument.class);
        this.state = database.getCollection(STATE, BsonDocument.class);
        this.checkpoints = database.getCollection(CHECKPOINTS, BsonDocument.class);
    }

    /**
     * The stored events at positions {@code [start, end)} in order, stopping before the first missing position:
     * one equality lookup on the unique {@code positions} index and one {@code _id $in}.
     */
    public List<EventLog.Entry> readEvents(long start, long end) {
        return EventLog.read(events, start, end);
    }

    /** How many events the tree holds, as last persisted by the appender (0 before the first append). */
    public long treeSize() {
        BsonDocument doc = state.find(eq("_id", TREE)).first();
        return doc == null || !doc.containsKey("size") ? 0 : doc.getNumber("size").longValue();
    }

    public void saveTreeSize(long size) {
        state.updateOne(eq("_id", TREE), Updates.set("size", new BsonInt64(size)), new UpdateOptions().upsert(true));
    }

    /** Stores a signed checkpoint and makes it the latest. */
    public void saveCheckpoint(long treeSize, String note, Instant signedAt) {
        BsonDocument doc = new BsonDocument("_id", new BsonInt64(treeSize))
                .append("note", new BsonString(note))
                .append("signedAt", new BsonDateTime(signedAt.toEpochMilli()));
        checkpoints.replaceOne(eq("_id", treeSize), doc, new ReplaceOptions().upsert(true));
        state.updateOne(eq("_id", TREE), Updates.set("checkpointSize", new BsonInt64(treeSize)),
                new UpdateOptions().upsert(true));
    }

    /** The latest signed checkpoint, or null before the first one. */
    public StoredCheckpoint latestCheckpoint() {
        BsonDocument doc = state.find(eq("_id", TREE)).first();
        if (doc == null || !doc.containsKey("checkpointSize")) {
            return null;
        }
        return checkpoint(doc.getNumber("checkpointSize").longValue());
    }

    /** The checkpoint signed at {@code treeSize}, or null. */
    public StoredCheckpoint checkpoint(long treeSize) {
        BsonDocument doc = checkpoints.find(eq("_id", treeSize)).first();
        return doc == null ? null : new StoredCheckpoint(treeSize, doc.getString("note").getValue(),
                Instant.ofEpochMilli(doc.getDateTime("signedAt").getValue()));
    }
}
