package id.gotong.ledger;

import id.gotong.ledger.Tiles.Tile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** c2sp.org/tlog-tiles over the stored complete subtrees. */
class TilesTest {
    static final int N = 70_000;
    static final InMemoryTreeNodes NODES = new InMemoryTreeNodes();
    static MerkleTree tree;

    @BeforeAll
    static void tree() {
        tree = MerkleTree.create(NODES);
        List<byte[]> leaves = new ArrayList<>(N);
        for (int i = 0; i < N; i++) {
            leaves.add(("leaf " + i).getBytes(StandardCharsets.UTF_8));
        }
        tree.appendAll(leaves);
    }

    @Test
    void pathsUseTheSpecsEncoding() {
        assertThat(new Tile(false, 0, 1234067, 256).path()).isEqualTo("0/x001/x234/067");
        assertThat(new Tile(false, 2, 0, 1).path()).isEqualTo("2/000.p/1");
        assertThat(new Tile(true, 0, 1000, 17).path()).isEqualTo("entries/x001/000.p/17");
        for (String path : List.of("0/x001/x234/067", "2/000.p/1", "entries/x001/000.p/17", "63/999", "0/000",
                "entries/x001/x000/000")) {
            assertThat(Tile.parse(path).path()).isEqualTo(path);
        }
        assertThat(Tile.parse("0/x001/x234/067").index()).isEqualTo(1234067);
        assertThat(Tile.parse("entries/x001/000.p/17")).isEqualTo(new Tile(true, 0, 1000, 17));
        for (String bad : List.of("0/1", "0/0001", "00/000", "64/000", "-1/000", "0/x000/001", "0/001.p/0",
                "0/001.p/256", "0/001.p/07", "0/x001", "0/001/x002", "0/001.p", "entries", "0", "", "x/000",
                "0/000/", "0/000.p/1/")) {
            assertThatThrownBy(() -> Tile.parse(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
        }
        assertThat(Tile.parse("0/x999/x999/x999/x999/x999/x999/x999/999").index()).isEqualTo(Long.MAX_VALUE);
    }

    /** The spec's example: a tree of 70,000 leaves. */
    @Test
    void aTreeOf70000HasTheSpecsTiles() {
        assertThat(new Tile(false, 0, 272, 256).within(N)).isTrue();
        assertThat(new Tile(false, 0, 273, 256).within(N)).isFalse();
        assertThat(new Tile(false, 0, 273, 112).within(N)).isTrue();
        assertThat(new Tile(false, 0, 273, 113).within(N)).isFalse();
        assertThat(new Tile(false, 1, 0, 256).within(N)).isTrue();
        assertThat(new Tile(false, 1, 1, 17).within(N)).isTrue();
        assertThat(new Tile(false, 1, 1, 18).within(N)).isFalse();
        assertThat(new Tile(false, 2, 0, 1).within(N)).isTrue();
        assertThat(new Tile(false, 2, 0, 2).within(N)).isFalse();
        assertThat(new Tile(false, 3, 0, 1).within(N)).isFalse();
        assertThat(new Tile(false, 63, 0, 1).within(Long.MAX_VALUE)).isFalse();
        assertThat(new Tile(false, 0, Long.MAX_VALUE, 1).within(Long.MAX_VALUE)).isFalse();
        assertThat(new Tile(true, 0, 273, 112).within(N)).isTrue();
        assertThat(new Tile(false, 1, 0, 1).within(256)).isTrue();  // "a tree of size 256 … partial level 1 tile"
        assertThat(new Tile(false, 0, 0, 1).within(0)).isFalse();
    }

    @Test
    void tileHashesAreTheSubtreesOfHeight8L() {
        byte[] level0 = Tiles.hashes(NODES, new Tile(false, 0, 3, 256));
        assertThat(Arrays.copyOfRange(level0, 5 * 32, 6 * 32)).isEqualTo(tree.leafHash(3 * 256 + 5));
        byte[] level1 = Tiles.hashes(NODES, new Tile(false, 1, 0, 256));
        assertThat(Arrays.copyOfRange(level1, 7 * 32, 8 * 32)).isEqualTo(
                MerkleTree.open(subtreeNodes(7 * 256, 256), 256).root(256));
        byte[] level2 = Tiles.hashes(NODES, new Tile(false, 2, 0, 1));
        assertThat(level2).isEqualTo(tree.root(65_536));
        byte[] partial = Tiles.hashes(NODES, new Tile(false, 0, 273, 112));
        assertThat(partial).hasSize(112 * 32);
        assertThat(Arrays.copyOfRange(level0, 0, 32 * 10))
                .isEqualTo(Tiles.hashes(NODES, new Tile(false, 0, 3, 10)));
    }

    /** A client recomputes each checkpoint's root from exactly the tiles that size requires. */
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 255, 256, 257, 1000, 65_535, 65_536, 65_537, 69_999, 70_000})
    void rootsRecomputeFromTilesAlone(long size) {
        TileRoots.Fetcher fetcher = (level, index, width) -> {
            Tile tile = new Tile(false, level, index, width);
            assertThat(tile.within(size)).isTrue();
            return Tiles.hashes(NODES, tile);
        };
        assertThat(TileRoots.root(size, fetcher)).isEqualTo(tree.root(size));
    }

    /** 70,000 = 65,536 (tile 2/0) + 4,096 and 256 (both in 1/1) + 112 (in 0/273): 1/0 is inside 2/0. */
    @Test
    void theRootOf70000NeedsThreeTiles() {
        List<String> fetched = TileRoots.fetchedBy(N, (level, index, width) -> Tiles.hashes(NODES,
                new Tile(false, level, index, width)));
        assertThat(fetched).containsExactly("0/273", "1/1", "2/0");
    }

    @Test
    void entryBundlesPrefixEachLeafWithItsLength() {
        byte[] bundle = Tiles.bundle(List.of(new byte[] {7}, new byte[300], new byte[0]));
        ByteBuffer read = ByteBuffer.wrap(bundle);
        assertThat(read.getShort()).isEqualTo((short) 1);
        assertThat(read.get()).isEqualTo((byte) 7);
        assertThat(read.getShort()).isEqualTo((short) 300);
        read.position(read.position() + 300);
        assertThat(read.getShort()).isZero();
        assertThat(read.hasRemaining()).isFalse();
        assertThat(Tiles.bundle(List.of(new byte[65_535]))).hasSize(65_537);
        assertThatThrownBy(() -> Tiles.bundle(List.of(new byte[65_536]))).isInstanceOf(IllegalArgumentException.class);
    }

    /** The leaves [start, start + n) as a tree of their own. */
    private static InMemoryTreeNodes subtreeNodes(int start, int n) {
        InMemoryTreeNodes nodes = new InMemoryTreeNodes();
        MerkleTree sub = MerkleTree.create(nodes);
        for (int i = start; i < start + n; i++) {
            sub.append(("leaf " + i).getBytes(StandardCharsets.UTF_8));
        }
        return nodes;
    }
}
