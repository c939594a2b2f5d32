package id.gotong.ledger.store;

import id.gotong.eventstore.EventLog;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import id.gotong.ledger.CosignatureVerifier;
import id.gotong.ledger.MerkleTree;
import id.gotong.ledger.NodeId;
import id.gotong.ledger.verify.LedgerSource;
import org.bson.BsonDocument;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads the ledger straight from MongoDB: events from {@code events}, the stored leaf hashes from
 * {@code ledger_nodes}, and the latest checkpoint from {@code ledger_checkpoints}, with the cosignatures of the given
 * witnesses from {@code ledger_cosignatures}. Its events are the stored BSON documents, whose leaves
 * {@link StoredLeaf} computes. {@code gotong.jar verify --mongodb-uri} reads through it.
 */
public final class MongoLedgerSource implements LedgerSource {
    private final MongoClient client;
    private final LedgerStore store;
    private final MongoTreeNodes nodes;
    private final LedgerWitnesses witnesses;

    public MongoLedgerSource(String uri, String database) {
        this(uri, database, List.of());
    }

    /** A source whose checkpoint note carries the stored cosignatures by {@code witnesses}. */
    public MongoLedgerSource(String uri, String database, List<CosignatureVerifier> witnesses) {
        this.client = MongoClients.create(uri);
        MongoDatabase db = client.getDatabase(database);
        this.store = new LedgerStore(db);
        this.nodes = new MongoTreeNodes(db);
        this.witnesses = new LedgerWitnesses(store, witnesses);
    }

    @Override
    public String checkpointNote() {
        LedgerStore.StoredCheckpoint latest = store.latestCheckpoint();
        if (latest == null) {
            throw new IllegalStateException("the database holds no checkpoint");
        }
        return witnesses.cosigned(latest);
    }

    @Override
    public List<Entry> entries(long start, long end) {
        List<EventLog.Entry> stored = store.readEvents(start, end);
        Map<NodeId, byte[]> hashes = nodes.get(stored.stream().map(e -> new NodeId(0, e.position())).toList());
        List<Entry> entries = new ArrayList<>(stored.size());
        for (EventLog.Entry e : stored) {
            entries.add(new Entry(e.position(), null, hashes.get(new NodeId(0, e.position())), e.event()));
        }
        return entries;
    }

    @Override
    public byte[] leaf(long index, Object event) {
        return event instanceof BsonDocument stored
                ? StoredLeaf.bytes(index, stored) : LedgerSource.super.leaf(index, event);
    }

    @Override
    public List<byte[]> consistencyProof(long from, long to) {
        return MerkleTree.open(nodes, to).consistencyProof(from, to).hashes();
    }

    @Override
    public void close() {
        client.close();
    }
}
