package id.gotong.ledger;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The tree as C2SP tlog-tiles (c2sp.org/tlog-tiles). Hash {@code i} of tile {@code n} at tile level {@code l} is
 * MTH(D[(n·256 + i)·256^l : (n·256 + i + 1)·256^l]): the complete subtree at tree level 8·l, index n·256 + i, which
 * the node store holds. A tile of width w &lt; 256 is a partial tile, its first w hashes. Entry bundles hold the leaves
 * of the level-0 tiles, each prefixed by its length as a big-endian uint16.
 */
public final class Tiles {
    public static final int WIDTH = 256;
    /** Level 8 and above would hold subtrees of 2^64 leaves and more: no tree has them. */
    static final int MAX_POPULATED_LEVEL = 7;
    static final int MAX_ENTRY_LENGTH = 0xFFFF;
    private static final Pattern LEVEL = Pattern.compile("0|[1-9][0-9]?");
    private static final Pattern INDEX = Pattern.compile("((?:x[0-9]{3}/)*)([0-9]{3})(?:\\.p/([1-9][0-9]{0,2}))?");

    private Tiles() {
    }

    /** A hash tile ({@code level} 0–63) or an entry bundle ({@code entries}), its index, and its width (1–256). */
    public record Tile(boolean entries, int level, long index, int width) {
        public Tile {
            if (entries ? level != 0 : level < 0 || level > 63) {
                throw new IllegalArgumentException("tile level " + level);
            }
            if (index < 0 || width < 1 || width > WIDTH) {
                throw new IllegalArgumentException("tile index " + index + ", width " + width);
            }
        }

        public boolean full() {
            return width == WIDTH;
        }

        /**
         * Parses the path after {@code tile/}: {@code <L>/<N>[.p/<W>]} or {@code entries/<N>[.p/<W>]}, with N in
         * 3-digit elements all but the last prefixed by {@code x}, and no leading zero element. Only the canonical
         * spelling is accepted, so each tile has one URL. A valid index too large for a long is capped (no tree has it).
         */
        public static Tile parse(String path) {
            int slash = path.indexOf('/');
            String head = slash < 0 ? path : path.substring(0, slash);
            boolean entries = head.equals("entries");
            if (slash < 0 || !entries && !LEVEL.matcher(head).matches() || !entries && Integer.parseInt(head) > 63) {
                throw new IllegalArgumentException("a tile path is <L>/<N>[.p/<W>] or entries/<N>[.p/<W>] with L "
                        + "from 0 to 63");
            }
            Matcher m = INDEX.matcher(path.substring(slash + 1));
            if (!m.matches() || m.group(1).startsWith("x000/")) {
                throw new IllegalArgumentException("the tile index must be 3-digit path elements, all but the last "
                        + "prefixed by x, without a leading x000, and the width 1 to 255: .p/<W>");
            }
            int width = m.group(3) == null ? WIDTH : Integer.parseInt(m.group(3));
            if (m.group(3) != null && width >= WIDTH) {
                throw new IllegalArgumentException("a partial tile's width is 1 to 255, not " + width);
            }
            long index = 0;
            for (String element : (m.group(1) + m.group(2)).replace("x", "").split("/")) {
                index = index > (Long.MAX_VALUE - 999) / 1000 ? Long.MAX_VALUE : index * 1000 + Integer.parseInt(element);
            }
            return new Tile(entries, entries ? 0 : Integer.parseInt(head), index, width);
        }

        /** The path after {@code tile/}. */
        public String path() {
            StringBuilder n = new StringBuilder(String.format("%03d", index % 1000));
            for (long rest = index / 1000; rest > 0; rest /= 1000) {
                n.insert(0, String.format("x%03d/", rest % 1000));
            }
            return (entries ? "entries" : Integer.toString(level)) + "/" + n + (full() ? "" : ".p/" + width);
        }

        /** Whether a tree of {@code treeSize} leaves holds this tile: its last hash covers leaves below the size. */
        public boolean within(long treeSize) {
            long hashes = level > MAX_POPULATED_LEVEL ? 0 : treeSize >>> (8 * level);
            return hashes >= width && index <= (hashes - width) / WIDTH;
        }

        /** The tree nodes whose hashes the tile holds, in order; for an entry bundle, the leaves. */
        public List<NodeId> nodes() {
            if (level > MAX_POPULATED_LEVEL) {
                throw new IllegalArgumentException("no tree has tiles at level " + level);
            }
            List<NodeId> ids = new ArrayList<>(width);
            for (int i = 0; i < width; i++) {
                ids.add(new NodeId(8 * level, index * WIDTH + i));
            }
            return ids;
        }
    }

    /** The tile's hashes, concatenated, from the node store; throws if the store lacks one. */
    public static byte[] hashes(TreeNodes nodes, Tile tile) {
        List<NodeId> ids = tile.nodes();
        Map<NodeId, byte[]> found = nodes.get(ids);
        byte[] tileBytes = new byte[ids.size() * MerkleHash.SIZE];
        for (int i = 0; i < ids.size(); i++) {
            byte[] hash = found.get(ids.get(i));
            if (hash == null) {
                throw new IllegalStateException("tree store lacks node " + ids.get(i));
            }
            System.arraycopy(hash, 0, tileBytes, i * MerkleHash.SIZE, MerkleHash.SIZE);
        }
        return tileBytes;
    }

    /** An entry bundle: each leaf as a big-endian uint16 length and the bytes. A longer leaf cannot be bundled. */
    public static byte[] bundle(List<byte[]> leaves) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] leaf : leaves) {
            if (leaf.length > MAX_ENTRY_LENGTH) {
                throw new IllegalArgumentException("a leaf of " + leaf.length + " bytes does not fit an entry bundle");
            }
            out.write(leaf.length >>> 8);
            out.write(leaf.length);
            out.writeBytes(leaf);
        }
        return out.toByteArray();
    }
}
