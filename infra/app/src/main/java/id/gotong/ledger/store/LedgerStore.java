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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;

/**
 * The ledger's view of the database: reading stored events by position from {@code events} (the event store's
 * commit documents), the appender's progress, lease and pinned verifier key in {@code ledger_state}, signed checkpoints in
 * {@code ledger_checkpoints}, and witnesses' cosignatures of them in {@code ledger_cosignatures}. Every query is an
 * equality or {@code $in} lookup on a unique key.
 */
public final class LedgerStore {
    public static final String EVENTS = "events";
    public static final String STATE = "ledger_state";
    public static final String CHECKPOINTS = "ledger_checkpoints";
    public static final String COSIGNATURES = "ledger_cosignatures";
    private static final BsonString TREE = new BsonString("tree");
    private static final BsonString KEY = new BsonString("key");

    /** A signed checkpoint note as stored. */
    public record StoredCheckpoint(long treeSize, String note, Instant signedAt) {
    }

    private final MongoCollection<BsonDocument> events;
    private final MongoCollection<BsonDocument> state;
    private final MongoCollection<BsonDocument> checkpoints;
    private final MongoCollection<BsonDocument> cosignatures;

    public LedgerStore(MongoDatabase database) {
        this.events = database.getCollection(EVENTS, BsonDocument.class);
        this.state = database.getCollection(STATE, BsonDocument.class);
        this.checkpoints = database.getCollection(CHECKPOINTS, BsonDocument.class);
        this.cosignatures = database.getCollection(COSIGNATURES, BsonDocument.class);
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

    /** Records the tree size; it only grows, so a late write of an appender that lost its lease cannot shrink it. */
    public void saveTreeSize(long size) {
        state.updateOne(eq("_id", TREE), Updates.max("size", new BsonInt64(size)), new UpdateOptions().upsert(true));
    }

    /** A lease on appending to this ledger ({@link LedgerLease}). */
    public LedgerLease lease(String owner, java.time.Clock clock, java.time.Duration duration) {
        return new LedgerLease(state, owner, clock, duration);
    }

    /**
     * Records the verifier key of the ledger's signer on first use and refuses a different one later: processes
     * sharing a database must share the signing key, or checkpoints signed after a failover would not verify.
     */
    public void pinVerifierKey(String verifierKey) {
        BsonDocument pinned = state.find(eq("_id", KEY)).first();
        if (pinned == null) {
            try {
                state.insertOne(new BsonDocument("_id", KEY).append("verifierKey", new BsonString(verifierKey)));
                return;
            } catch (com.mongodb.MongoWriteException e) {
                if (e.getError().getCategory() != com.mongodb.ErrorCategory.DUPLICATE_KEY) {
                    throw e;
                }
                pinned = state.find(eq("_id", KEY)).first();
            }
        }
        String expected = pinned.getString("verifierKey").getValue();
        if (!expected.equals(verifierKey)) {
            throw new IllegalStateException("this database's ledger is signed with the verifier key " + expected
                    + ", but this process's key is " + verifierKey + "; every process must be given the same "
                    + "gotong.ledger.signer-key (or key-file)");
        }
    }

    /** Stores a signed checkpoint and makes it the latest unless a larger one is stored already. */
    public void saveCheckpoint(long treeSize, String note, Instant signedAt) {
        BsonDocument doc = new BsonDocument("_id", new BsonInt64(treeSize))
                .append("note", new BsonString(note))
                .append("signedAt", new BsonDateTime(signedAt.toEpochMilli()));
        checkpoints.replaceOne(eq("_id", treeSize), doc, new ReplaceOptions().upsert(true));
        state.updateOne(eq("_id", TREE), Updates.max("checkpointSize", new BsonInt64(treeSize)),
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

    /**
     * Stores a verified cosignature line ({@code — <name> <base64>\n}) of the checkpoint at {@code treeSize} by the
     * witness key {@code witness} ({@code <name>+<key id hex>}), unless one with the same or a later timestamp is
     * already stored; returns whether it was stored. One document per checkpoint and witness key.
     */
    public boolean saveCosignature(long treeSize, String witness, String line, long timestamp, Instant receivedAt) {
        String id = cosignatureId(treeSize, witness);
        BsonDocument stored = cosignatures.find(eq("_id", id)).first();
        if (stored != null && stored.getInt64("timestamp").getValue() >= timestamp) {
            return false;
        }
        BsonDocument doc = new BsonDocument("_id", new BsonString(id))
                .append("treeSize", new BsonInt64(treeSize))
                .append("witness", new BsonString(witness))
                .append("line", new BsonString(line))
                .append("timestamp", new BsonInt64(timestamp))
                .append("receivedAt", new BsonDateTime(receivedAt.toEpochMilli()));
        cosignatures.replaceOne(eq("_id", id), doc, new ReplaceOptions().upsert(true));
        return true;
    }

    /** The stored cosignature lines of the checkpoint at {@code treeSize} by the given witness keys, in their order. */
    public List<String> cosignatures(long treeSize, List<String> witnesses) {
        if (witnesses.isEmpty()) {
            return List.of();
        }
        Map<String, String> lines = new HashMap<>();
        for (BsonDocument doc : cosignatures.find(in("_id", witnesses.stream()
                .map(w -> cosignatureId(treeSize, w)).toList()))) {
            lines.put(doc.getString("witness").getValue(), doc.getString("line").getValue());
        }
        return witnesses.stream().map(lines::get).filter(Objects::nonNull).toList();
    }

    /** Key names hold no spaces, so the size and the witness are split unambiguously. */
    private static String cosignatureId(long treeSize, String witness) {
        return treeSize + " " + witness;
    }
}
