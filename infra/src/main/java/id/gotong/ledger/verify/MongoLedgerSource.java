package id.gotong.ledger.verify;

import id.gotong.eventstore.EventLog;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import id.gotong.ledger.MerkleTree;
import id.gotong.ledger.NodeId;
import id.gotong.ledger.store.LedgerStore;
import id.gotong.ledger.store.MongoTreeNodes;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads the ledger straight from MongoDB: events from {@code events}, the stored leaf hashes from
 * {@code ledger_nodes}, and the latest checkpoint from {@code ledger_checkpoints}.
 */
public final class MongoLedgerSource implements LedgerSource {
    private final MongoClient client;
    private final LedgerStore store;
    private final MongoTreeNodes nodes;

    public MongoLedgerSource(String uri, String database) {
        this.client = MongoClients.create(uri);
        MongoDatabase db = client.getDatabase(database);
        this.store = new LedgerStore(db);
        this.nodes = new MongoTreeNodes(db);
    }

    @Override
    public String checkpointNote() {
        LedgerStore.StoredCheckpoint latest = store.latestCheckpoint();
        if (latest == null) {
            throw new IllegalStateException("the database holds no checkpoint");
        }
        return latest.note();
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
    public List<byte[]> consistencyProof(long from, long to) {
        return MerkleTree.open(nodes, to).consistencyProof(from, to).hashes();
    }

    @Override
    public void close() {
        client.close();
    }
}
