package id.gotong.ledger;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@link TreeNodes} in the heap. Hashes are packed 32 bytes apiece into per-level chunks rather than held as map
 * entries, so a million-leaf tree (two million nodes) takes about 64 MiB instead of several hundred.
 */
public final class InMemoryTreeNodes implements TreeNodes {
    private static final int CHUNK_BITS = 12;
    private static final int CHUNK_NODES = 1 << CHUNK_BITS;

    private static final class Level {
        final List<byte[]> chunks = new ArrayList<>();
        final BitSet present = new BitSet();
    }

    private final List<Level> levels = new ArrayList<>();

    @Override
    public synchronized Map<NodeId, byte[]> get(Collection<NodeId> ids) {
        Map<NodeId, byte[]> found = new HashMap<>();
        for (NodeId id : ids) {
            if (id.level() < levels.size() && id.index() < Integer.MAX_VALUE
                    && levels.get(id.level()).present.get((int) id.index())) {
                byte[] chunk = levels.get(id.level()).chunks.get((int) (id.index() >>> CHUNK_BITS));
                int offset = (int) (id.index() & (CHUNK_NODES - 1)) * MerkleHash.SIZE;
                found.put(id, Arrays.copyOfRange(chunk, offset, offset + MerkleHash.SIZE));
            }
        }
        return found;
    }

    @Override
    public synchronized void putAll(Map<NodeId, byte[]> nodes) {
        for (Map.Entry<NodeId, byte[]> e : nodes.entrySet()) {
            NodeId id = e.getKey();
            byte[] hash = e.getValue();
            if (hash.length != MerkleHash.SIZE) {
                throw new IllegalArgumentException("hash of " + id + " is " + hash.length + " bytes");
            }
            if (id.index() >= Integer.MAX_VALUE) {
                throw new IllegalArgumentException("in-memory store is limited to 2^31 nodes per level: " + id);
            }
            while (levels.size() <= id.level()) {
                levels.add(new Level());
            }
            Level level = levels.get(id.level());
            int chunkNo = (int) (id.index() >>> CHUNK_BITS);
            while (level.chunks.size() <= chunkNo) {
                level.chunks.add(new byte[CHUNK_NODES * MerkleHash.SIZE]);
            }
            byte[] chunk = level.chunks.get(chunkNo);
            int offset = (int) (id.index() & (CHUNK_NODES - 1)) * MerkleHash.SIZE;
            if (level.present.get((int) id.index())) {
                if (!Arrays.equals(chunk, offset, offset + MerkleHash.SIZE, hash, 0, MerkleHash.SIZE)) {
                    throw new IllegalStateException("node " + id + " already holds a different hash");
                }
                continue;
            }
            System.arraycopy(hash, 0, chunk, offset, MerkleHash.SIZE);
            level.present.set((int) id.index());
        }
    }
}
