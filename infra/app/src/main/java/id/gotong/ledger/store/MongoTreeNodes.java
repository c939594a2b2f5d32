package id.gotong.ledger.store;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.bulk.BulkWriteError;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.InsertManyOptions;
import id.gotong.ledger.MerkleHash;
import id.gotong.ledger.NodeId;
import id.gotong.ledger.TreeNodes;
import org.bson.BsonBinary;
import org.bson.BsonDocument;
import org.bson.BsonInt64;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static com.mongodb.client.model.Filters.in;

/**
 * {@link TreeNodes} in the {@code ledger_nodes} collection: {@code {_id: level << 56 | index, hash: BinData}}.
 * A read is one {@code _id $in} lookup, a write one unordered {@code insertMany}; re-inserting a node with the same
 * hash is accepted (a retried batch), a different hash for a stored node is corruption and throws.
 */
public final class MongoTreeNodes implements TreeNodes {
    public static final String COLLECTION = "ledger_nodes";
    static final String HASH = "hash";
    private static final int LEVEL_SHIFT = 56;

    private final MongoCollection<BsonDocument> nodes;

    public MongoTreeNodes(MongoDatabase database) {
        this.nodes = database.getCollection(COLLECTION, BsonDocument.class);
    }

    /** The single unique key of a node; leaf indexes are limited to 2^56. */
    public static long key(NodeId id) {
        if (id.index() >= 1L << LEVEL_SHIFT) {
            throw new IllegalArgumentException("node index beyond 2^56: " + id);
        }
        return ((long) id.level() << LEVEL_SHIFT) | id.index();
    }

    static NodeId id(long key) {
        return new NodeId((int) (key >>> LEVEL_SHIFT), key & ((1L << LEVEL_SHIFT) - 1));
    }

    @Override
    public Map<NodeId, byte[]> get(Collection<NodeId> ids) {
        Map<NodeId, byte[]> found = new HashMap<>();
        if (ids.isEmpty()) {
            return found;
        }
        List<Long> keys = ids.stream().map(MongoTreeNodes::key).distinct().toList();
        for (BsonDocument doc : nodes.find(in("_id", keys))) {
            found.put(id(doc.getInt64("_id").getValue()), doc.getBinary(HASH).getData());
        }
        return found;
    }

    @Override
    public void putAll(Map<NodeId, byte[]> batch) {
        if (batch.isEmpty()) {
            return;
        }
        List<BsonDocument> docs = new ArrayList<>(batch.size());
        for (Map.Entry<NodeId, byte[]> e : batch.entrySet()) {
            if (e.getValue().length != MerkleHash.SIZE) {
                throw new IllegalArgumentException("hash of " + e.getKey() + " is " + e.getValue().length + " bytes");
            }
            docs.add(new BsonDocument("_id", new BsonInt64(key(e.getKey()))).append(HASH, new BsonBinary(e.getValue())));
        }
        try {
            nodes.insertMany(docs, new InsertManyOptions().ordered(false));
        } catch (MongoBulkWriteException e) {
            List<NodeId> duplicates = new ArrayList<>();
            for (BulkWriteError error : e.getWriteErrors()) {
                if (ErrorCategory.fromErrorCode(error.getCode()) != ErrorCategory.DUPLICATE_KEY) {
                    throw e;
                }
                duplicates.add(id(docs.get(error.getIndex()).getInt64("_id").getValue()));
            }
            Map<NodeId, byte[]> stored = get(duplicates);
            for (NodeId id : duplicates) {
                byte[] hash = stored.get(id);
                if (hash == null || !Arrays.equals(hash, batch.get(id))) {
                    throw new IllegalStateException("ledger node " + id + " already holds a different hash");
                }
            }
        }
    }
}
