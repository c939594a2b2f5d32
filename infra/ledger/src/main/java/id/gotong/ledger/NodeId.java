package id.gotong.ledger;

/**
 * A complete subtree: level 0 is a leaf hash, and node (level, index) covers leaves
 * [index·2^level, (index+1)·2^level). Trees are limited to 2^62 leaves so that no coverage overflows.
 */
public record NodeId(int level, long index) {
    public NodeId {
        if (level < 0 || level > 62 || index < 0 || index >= 1L << (62 - level)) {
            throw new IllegalArgumentException("no such node: " + level + "/" + index);
        }
    }

    /** First leaf covered. */
    public long start() {
        return index << level;
    }

    /** One past the last leaf covered. */
    public long end() {
        return (index + 1) << level;
    }

    @Override
    public String toString() {
        return level + "/" + index;
    }
}
