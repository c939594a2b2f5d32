package id.gotong.ledger.verify;

import id.gotong.ledger.MerkleHash;

import java.util.ArrayList;
import java.util.List;

/**
 * Recomputes RFC 9162 tree roots from leaf hashes in order, keeping only the O(log n) roots of the complete subtrees
 * covering the leaves so far (largest first).
 */
final class RootBuilder {
    private final List<byte[]> peaks = new ArrayList<>();
    private final List<Integer> levels = new ArrayList<>();
    private long size;

    void add(byte[] leafHash) {
        byte[] hash = leafHash;
        int level = 0;
        while (!levels.isEmpty() && levels.get(levels.size() - 1) == level) {
            hash = MerkleHash.node(peaks.remove(peaks.size() - 1), hash);
            levels.remove(levels.size() - 1);
            level++;
        }
        peaks.add(hash);
        levels.add(level);
        size++;
    }

    long size() {
        return size;
    }

    /** The root of the leaves added so far. */
    byte[] root() {
        if (peaks.isEmpty()) {
            return MerkleHash.emptyRoot();
        }
        byte[] root = peaks.get(peaks.size() - 1);
        for (int i = peaks.size() - 2; i >= 0; i--) {
            root = MerkleHash.node(peaks.get(i), root);
        }
        return root;
    }
}
