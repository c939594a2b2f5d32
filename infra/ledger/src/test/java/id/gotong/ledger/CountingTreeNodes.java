package id.gotong.ledger;

import java.util.Collection;
import java.util.Map;

/** Counts what the tree asks of its store, to hold proofs to one batched read. */
final class CountingTreeNodes implements TreeNodes {
    final TreeNodes delegate;
    int getCalls;
    int idsRead;
    int putCalls;

    CountingTreeNodes(TreeNodes delegate) {
        this.delegate = delegate;
    }

    @Override
    public Map<NodeId, byte[]> get(Collection<NodeId> ids) {
        getCalls++;
        idsRead += ids.size();
        return delegate.get(ids);
    }

    @Override
    public void putAll(Map<NodeId, byte[]> nodes) {
        putCalls++;
        delegate.putAll(nodes);
    }

    void reset() {
        getCalls = 0;
        idsRead = 0;
        putCalls = 0;
    }
}
