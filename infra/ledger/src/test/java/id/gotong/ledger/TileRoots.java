package id.gotong.ledger;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What a tlog-tiles client does, written from the spec alone: the root of a tree of a given size, from the tiles a
 * checkpoint of that size requires (full tiles, and the partial tile of width floor(size / 256^l) mod 256 at each
 * level l), and nothing else.
 */
public final class TileRoots {
    /** Fetches tile {@code index} at {@code level}, 256 wide or partial. */
    public interface Fetcher {
        byte[] tile(int level, long index, int width);
    }

    private final long size;
    private final Fetcher fetcher;
    private final Map<String, byte[]> fetched = new HashMap<>();

    private TileRoots(long size, Fetcher fetcher) {
        this.size = size;
        this.fetcher = fetcher;
    }

    public static byte[] root(long size, Fetcher fetcher) {
        return new TileRoots(size, fetcher).root();
    }

    private byte[] root() {
        if (size == 0) {
            return MerkleHash.emptyRoot();
        }
        List<byte[]> subtrees = new ArrayList<>();
        long start = 0;
        for (int height = 62; height >= 0; height--) {
            if ((size & (1L << height)) != 0) {
                subtrees.add(subtree(height, start >> height));
                start += 1L << height;
            }
        }
        byte[] root = subtrees.get(subtrees.size() - 1);
        for (int i = subtrees.size() - 2; i >= 0; i--) {
            root = MerkleHash.node(subtrees.get(i), root);
        }
        return root;
    }

    /** The complete subtree of 2^height leaves, number {@code index}: 2^(height mod 8) hashes of one tile, hashed up. */
    private byte[] subtree(int height, long index) {
        int level = height / 8;
        int span = 1 << (height % 8);
        long first = index * span;
        byte[] tile = tile(level, first / 256);
        List<byte[]> hashes = new ArrayList<>();
        for (int i = 0; i < span; i++) {
            int offset = (int) (first % 256 + i) * 32;
            hashes.add(Arrays.copyOfRange(tile, offset, offset + 32));
        }
        while (hashes.size() > 1) {
            List<byte[]> up = new ArrayList<>();
            for (int i = 0; i < hashes.size(); i += 2) {
                up.add(MerkleHash.node(hashes.get(i), hashes.get(i + 1)));
            }
            hashes = up;
        }
        return hashes.get(0);
    }

    private byte[] tile(int level, long index) {
        long hashesAtLevel = size >>> (8 * level);
        int width = (index + 1) * 256 <= hashesAtLevel ? 256 : (int) (hashesAtLevel % 256);
        return fetched.computeIfAbsent(level + "/" + index, k -> {
            byte[] tile = fetcher.tile(level, index, width);
            if (tile.length != 32 * width) {
                throw new IllegalStateException("tile " + k + " is " + tile.length + " bytes, not " + 32 * width);
            }
            return tile;
        });
    }

    /** The tiles fetched so far, as {@code level/index}. */
    public static List<String> fetchedBy(long size, Fetcher fetcher) {
        TileRoots roots = new TileRoots(size, fetcher);
        roots.root();
        return roots.fetched.keySet().stream().sorted().toList();
    }
}
