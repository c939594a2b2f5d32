package id.gotong.ledger;

import java.util.Collection;
import java.util.Map;

/**
 * Storage of complete-subtree hashes. Such a hash never changes once written, which is what lets the tree answer
 * for any past size from the same nodes.
 *
 * <p>Both operations are batched so that a database implementation can serve one proof with a single
 * {@code _id: {$in: [...]}} query and one append batch with a single bulk upsert.
 */
public interface TreeNodes {

    /** The stored hashes among {@code ids}; absent ids are simply missing from the result. */
    Map<NodeId, byte[]> get(Collection<NodeId> ids);

    /**
     * Stores the given hashes. Must be idempotent: after a failed batch the tree re-sends the same (id, hash) pairs,
     * so re-writing an identical value is fine, while a different value for an existing id is corruption.
     */
    void putAll(Map<NodeId, byte[]> nodes);
}
