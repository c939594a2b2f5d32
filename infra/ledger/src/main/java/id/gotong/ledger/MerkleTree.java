package id.gotong.ledger;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An append-only RFC 6962 / RFC 9162 §2.1 Merkle tree over a {@link TreeNodes} store.
 *
 * <p>The store holds only complete subtrees, which never change once the tree grows past them. Any tree size m ≤ n
 * decomposes into at most log2(m) complete subtrees, and every node that RFC 9162 hashes "on the fly" for a ragged
 * right edge is the fold of such a decomposition, so {@link #root}, {@link #inclusionProof} and
 * {@link #consistencyProof} read O(log n) nodes, in one batch, for any past size.
 *
 * <p>One instance must be the only writer of its store. Appends are serialised; reads of sizes already appended are
 * safe concurrently with appends provided the store is thread-safe.
 */
public final class MerkleTree {
    private final TreeNodes nodes;
    /** Roots of the complete subtrees covering [0, size), by level; what an append needs, so appends read nothing. */
    private final byte[][] peaks = new byte[63][];
    private volatile long size;

    private MerkleTree(TreeNodes nodes) {
        this.nodes = nodes;
    }

    /** A new, empty tree. The store must not already hold nodes of another tree. */
    public static MerkleTree create(TreeNodes nodes) {
        return new MerkleTree(nodes);
    }

    /** Resumes a tree of {@code size} leaves whose nodes are already stored (one batched read). */
    public static MerkleTree open(TreeNodes nodes, long size) {
        if (size < 0) {
            throw new IllegalArgumentException("negative tree size " + size);
        }
        MerkleTree tree = new MerkleTree(nodes);
        List<NodeId> ids = decomposition(0, size);
        Map<NodeId, byte[]> found = nodes.get(ids);
        for (NodeId id : ids) {
            tree.peaks[id.level()] = require(found, id);
        }
        tree.size = size;
        return tree;
    }

    public long size() {
        return size;
    }

    /** Appends one leaf and returns its index. */
    public long append(byte[] leafData) {
        return appendAll(List.of(leafData));
    }

    /** Appends leaves in order, storing them with one {@link TreeNodes#putAll}; returns the index of the first. */
    public synchronized long appendAll(List<byte[]> leaves) {
        long first = size;
        if (leaves.isEmpty()) {
            return first;
        }
        long n = first;
        byte[][] newPeaks = peaks.clone();
        Map<NodeId, byte[]> writes = new LinkedHashMap<>();
        for (byte[] leaf : leaves) {
            byte[] hash = MerkleHash.leaf(leaf);
            int level = 0;
            long index = n;
            writes.put(new NodeId(0, index), hash);
            while ((index & 1) == 1) {  // a right child completes its parent
                hash = MerkleHash.node(newPeaks[level], hash);
                newPeaks[level] = null;
                level++;
                index >>= 1;
                writes.put(new NodeId(level, index), hash);
            }
            newPeaks[level] = hash;
            n++;
        }
        nodes.putAll(writes);
        // Only now, so a failed write leaves the tree as it was and the caller may retry the same leaves.
        System.arraycopy(newPeaks, 0, peaks, 0, peaks.length);
        size = n;
        return first;
    }

    /** The leaf hash of leaf {@code index}. */
    public byte[] leafHash(long index) {
        checkSize(index + 1);
        NodeId id = new NodeId(0, index);
        return require(nodes.get(List.of(id)), id);
    }

    /** MTH(D[0:treeSize]) for any treeSize ≤ {@link #size()}. */
    public byte[] root(long treeSize) {
        checkSize(treeSize);
        if (treeSize == 0) {
            return MerkleHash.emptyRoot();
        }
        List<NodeId> ids = decomposition(0, treeSize);
        return fold(ids, nodes.get(ids));
    }

    /** PATH(leafIndex, D[0:treeSize]) of RFC 9162 §2.1.3.1, leaf end first. */
    public Proof inclusionProof(long leafIndex, long treeSize) {
        checkSize(treeSize);
        if (leafIndex < 0 || leafIndex >= treeSize) {
            throw new IllegalArgumentException("leaf " + leafIndex + " is not in a tree of size " + treeSize);
        }
        return read(pathToRoot(new NodeId(0, leafIndex), treeSize));
    }

    /** PROOF(fromSize, D[0:toSize]) of RFC 9162 §2.1.4.1; empty when fromSize is 0 or equals toSize. */
    public Proof consistencyProof(long fromSize, long toSize) {
        checkSize(toSize);
        if (fromSize < 0 || fromSize > toSize) {
            throw new IllegalArgumentException("no consistency proof from " + fromSize + " to " + toSize);
        }
        if (fromSize == 0 || fromSize == toSize) {
            return new Proof(List.of(), 0);
        }
        // SUBPROOF descends to the last complete subtree of the old tree, then climbs exactly like an audit path
        // of that subtree in the new tree. The subtree itself is listed first unless it is the whole old tree,
        // whose root the verifier already holds (the "b = true" case).
        int level = Long.numberOfTrailingZeros(fromSize);
        NodeId last = new NodeId(level, (fromSize >> level) - 1);
        List<List<NodeId>> parts = new ArrayList<>();
        if (last.index() != 0) {
            parts.add(List.of(last));
        }
        parts.addAll(pathToRoot(last, toSize));
        return read(parts);
    }

    /**
     * The siblings on the way from a complete subtree up to the root of the tree of {@code treeSize} leaves. Each
     * part is one proof hash: a stored node, or, where the sibling is the ragged right edge, the complete subtrees
     * that RFC 9162's MTH(D[start:treeSize]) folds. Right siblings beyond the tree are skipped, matching the
     * recursion's promotion of a lone left child.
     */
    private static List<List<NodeId>> pathToRoot(NodeId from, long treeSize) {
        List<List<NodeId>> parts = new ArrayList<>();
        int level = from.level();
        long index = from.index();
        while (index != 0 || (1L << level) < treeSize) {
            NodeId sibling = new NodeId(level, index ^ 1);
            if (sibling.end() <= treeSize) {
                parts.add(List.of(sibling));
            } else if (sibling.start() < treeSize) {
                parts.add(decomposition(sibling.start(), treeSize));
            }
            level++;
            index >>= 1;
        }
        return parts;
    }

    /** The complete subtrees, largest first, that RFC 6962's recursion splits [start, end) into. */
    private static List<NodeId> decomposition(long start, long end) {
        List<NodeId> ids = new ArrayList<>();
        long length = end - start;
        long position = start;
        for (int level = 62; level >= 0; level--) {
            if ((length & (1L << level)) != 0) {
                ids.add(new NodeId(level, position >> level));
                position += 1L << level;
            }
        }
        return ids;
    }

    private Proof read(List<List<NodeId>> parts) {
        List<NodeId> ids = new ArrayList<>();
        parts.forEach(ids::addAll);
        Map<NodeId, byte[]> found = nodes.get(ids);
        List<byte[]> hashes = new ArrayList<>(parts.size());
        for (List<NodeId> part : parts) {
            hashes.add(fold(part, found));
        }
        return new Proof(hashes, ids.size());
    }

    /** MTH of adjacent complete subtrees given largest first: H(a, H(b, … H(y, z))). */
    private static byte[] fold(List<NodeId> ids, Map<NodeId, byte[]> found) {
        byte[] hash = require(found, ids.get(ids.size() - 1));
        for (int i = ids.size() - 2; i >= 0; i--) {
            hash = MerkleHash.node(require(found, ids.get(i)), hash);
        }
        return hash;
    }

    private static byte[] require(Map<NodeId, byte[]> found, NodeId id) {
        byte[] hash = found.get(id);
        if (hash == null) {
            throw new IllegalStateException("tree store lacks node " + id);
        }
        return hash;
    }

    private void checkSize(long treeSize) {
        if (treeSize < 0 || treeSize > size) {
            throw new IllegalArgumentException("tree size " + treeSize + " is not in [0, " + size + "]");
        }
    }
}
