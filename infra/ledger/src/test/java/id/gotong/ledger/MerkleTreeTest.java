package id.gotong.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

class MerkleTreeTest {
    private static final HexFormat HEX = HexFormat.of();

    /** The RFC 6962 test leaves used by Certificate Transparency implementations (transparency-dev/merkle). */
    private static final List<byte[]> CT_LEAVES = hexList("", "00", "10", "2021", "3031", "40414243",
            "5051525354555657", "606162636465666768696a6b6c6d6e6f");

    /** Roots of the prefixes of size 1..8 (transparency-dev/merkle proof/verify_test.go). */
    private static final List<byte[]> CT_ROOTS = hexList(
            "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
            "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
            "aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77",
            "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
            "4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4",
            "76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef",
            "ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c",
            "5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328");

    private static final byte[] EMPTY_ROOT =
            HEX.parseHex("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");

    @Test
    void ctTestVectorRoots() {
        MerkleTree tree = MerkleTree.create(new InMemoryTreeNodes());
        assertThat(tree.root(0)).isEqualTo(EMPTY_ROOT);
        for (byte[] leaf : CT_LEAVES) {
            tree.append(leaf);
        }
        for (int size = 1; size <= 8; size++) {
            assertThat(HEX.formatHex(tree.root(size))).as("root of size %d", size)
                    .isEqualTo(HEX.formatHex(CT_ROOTS.get(size - 1)))
                    .isEqualTo(HEX.formatHex(RfcMerkleReference.mth(CT_LEAVES.subList(0, size))));
        }
        assertThat(tree.leafHash(0)).isEqualTo(CT_ROOTS.get(0));
    }

    /** Known proofs from transparency-dev/merkle (its leaf numbers are 1-based; these indices are 0-based). */
    @Test
    void ctTestVectorInclusionProofs() {
        MerkleTree tree = ctTree();
        assertInclusion(tree, 0, 8, "96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7",
                "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
                "6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4");
        assertInclusion(tree, 5, 8, "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b",
                "ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0",
                "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7");
        assertInclusion(tree, 2, 3, "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125");
        assertInclusion(tree, 1, 5, "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
                "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
                "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b");
        assertInclusion(tree, 0, 1);
    }

    @Test
    void ctTestVectorConsistencyProofs() {
        MerkleTree tree = ctTree();
        assertConsistency(tree, 1, 1);
        assertConsistency(tree, 1, 8, "96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7",
                "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
                "6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4");
        assertConsistency(tree, 6, 8, "0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a",
                "ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0",
                "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7");
        assertConsistency(tree, 2, 5, "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
                "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b");
        assertConsistency(tree, 6, 7, "0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a",
                "b08693ec2e721597130641e8211e7eedccb4c26413963eee6c1e2ed16ffb1a5f",
                "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7");
    }

    /** transparency-dev/merkle's corruption probes for its known inclusion proofs: every one must be refused. */
    @Test
    void ctInclusionProbesFail() {
        MerkleTree tree = ctTree();
        byte[] someHash = HEX.parseHex("abacaba000000000000000000000000000000000000000000060061e00123456");
        long[][] cases = {{0, 8}, {5, 8}, {2, 3}, {1, 5}};
        for (long[] c : cases) {
            long i = c[0];
            long n = c[1];
            List<byte[]> p = tree.inclusionProof(i, n).hashes();
            byte[] root = tree.root(n);
            byte[] leaf = tree.leafHash(i);
            assertThat(MerkleVerifier.isValidInclusion(i, n, leaf, p, root)).isTrue();
            List<Runnable> probes = new ArrayList<>(List.of(
                    () -> MerkleVerifier.verifyInclusion(i - 1, n, leaf, p, root),
                    () -> MerkleVerifier.verifyInclusion(i + 1, n, leaf, p, root),
                    () -> MerkleVerifier.verifyInclusion(i ^ 2, n, leaf, p, root),
                    () -> MerkleVerifier.verifyInclusion(i, n * 2, leaf, p, root),
                    () -> MerkleVerifier.verifyInclusion(i, n / 2, leaf, p, root),
                    () -> MerkleVerifier.verifyInclusion(i, n, "WrongLeaf".getBytes(StandardCharsets.UTF_8), p, root),
                    () -> MerkleVerifier.verifyInclusion(i, n, leaf, p, EMPTY_ROOT),
                    () -> MerkleVerifier.verifyInclusion(i, n, leaf, p, someHash),
                    () -> MerkleVerifier.verifyInclusion(i, n, leaf, with(p, p.size(), new byte[0]), root),
                    () -> MerkleVerifier.verifyInclusion(i, n, leaf, with(p, p.size(), root), root),
                    () -> MerkleVerifier.verifyInclusion(i, n, leaf, with(p, 0, new byte[0]), root),
                    () -> MerkleVerifier.verifyInclusion(i, n, leaf, with(p, 0, root), root)));
            for (int k = 0; k < p.size(); k++) {
                List<byte[]> flipped = flipBit(p, k, 8);
                probes.add(() -> MerkleVerifier.verifyInclusion(i, n, leaf, flipped, root));
            }
            if (p.size() > 0) {
                probes.add(() -> MerkleVerifier.verifyInclusion(i, n, leaf, p.subList(0, p.size() - 1), root));
            }
            if (p.size() > 1) {
                probes.add(() -> MerkleVerifier.verifyInclusion(i, n, leaf, with(p, 1, someHash), root));
            }
            for (Runnable probe : probes) {
                assertThatThrownBy(probe::run).isInstanceOf(VerificationException.class);
            }
        }
    }

    @Test
    void ctConsistencyProbesFail() {
        MerkleTree tree = ctTree();
        long[][] cases = {{1, 8}, {6, 8}, {2, 5}, {6, 7}};
        byte[] wrong = "WrongRoot".getBytes(StandardCharsets.UTF_8);
        for (long[] c : cases) {
            long m = c[0];
            long n = c[1];
            List<byte[]> p = tree.consistencyProof(m, n).hashes();
            byte[] r1 = tree.root(m);
            byte[] r2 = tree.root(n);
            assertThat(MerkleVerifier.isValidConsistency(m, n, r1, r2, p)).isTrue();
            List<Runnable> probes = new ArrayList<>(List.of(
                    () -> MerkleVerifier.verifyConsistency(m - 1, n, r1, r2, p),
                    () -> MerkleVerifier.verifyConsistency(m + 1, n, r1, r2, p),
                    () -> MerkleVerifier.verifyConsistency(m ^ 2, n, r1, r2, p),
                    () -> MerkleVerifier.verifyConsistency(m, n * 2, r1, r2, p),
                    () -> MerkleVerifier.verifyConsistency(m, n / 2, r1, r2, p),
                    () -> MerkleVerifier.verifyConsistency(m, n, wrong, r2, p),
                    () -> MerkleVerifier.verifyConsistency(m, n, r1, wrong, p),
                    () -> MerkleVerifier.verifyConsistency(m, n, r2, r1, p),
                    () -> MerkleVerifier.verifyConsistency(m, n, r1, r2, List.of()),
                    () -> MerkleVerifier.verifyConsistency(m, n, r1, r2, with(p, p.size(), new byte[0])),
                    () -> MerkleVerifier.verifyConsistency(m, n, r1, r2, with(p, p.size(), r1)),
                    () -> MerkleVerifier.verifyConsistency(m, n, r1, r2, with(p, p.size(), r2)),
                    () -> MerkleVerifier.verifyConsistency(m, n, r1, r2, with(p, 0, new byte[0])),
                    () -> MerkleVerifier.verifyConsistency(m, n, r1, r2, with(p, 0, r1)),
                    () -> MerkleVerifier.verifyConsistency(m, n, r1, r2, with(p, 0, r2)),
                    () -> MerkleVerifier.verifyConsistency(m, n, r1, r2, with(p, 0, p.get(0))),
                    () -> MerkleVerifier.verifyConsistency(m, n, r1, r2, p.subList(0, p.size() - 1))));
            for (int k = 0; k < p.size(); k++) {
                List<byte[]> flipped = flipBit(p, k, 16);
                probes.add(() -> MerkleVerifier.verifyConsistency(m, n, r1, r2, flipped));
            }
            for (Runnable probe : probes) {
                assertThatThrownBy(probe::run).isInstanceOf(VerificationException.class);
            }
        }
    }

    @Test
    void trivialConsistencyCases() {
        MerkleTree tree = ctTree();
        byte[] r3 = tree.root(3);
        assertThat(tree.consistencyProof(0, 5).hashes()).isEmpty();
        assertThat(tree.consistencyProof(5, 5).hashes()).isEmpty();
        assertThat(MerkleVerifier.isValidConsistency(0, 0, EMPTY_ROOT, EMPTY_ROOT, List.of())).isTrue();
        assertThat(MerkleVerifier.isValidConsistency(0, 3, EMPTY_ROOT, r3, List.of())).isTrue();
        assertThat(MerkleVerifier.isValidConsistency(3, 3, r3, r3, List.of())).isTrue();
        assertThat(MerkleVerifier.isValidConsistency(3, 3, r3, tree.root(2), List.of())).isFalse();
        assertThat(MerkleVerifier.isValidConsistency(3, 3, r3, r3, List.of(r3))).isFalse();
        assertThat(MerkleVerifier.isValidConsistency(4, 3, r3, r3, List.of())).isFalse();
        assertThat(MerkleVerifier.isValidConsistency(1, 2, tree.root(1), tree.root(2), List.of())).isFalse();
        assertThatThrownBy(() -> tree.consistencyProof(6, 5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> tree.inclusionProof(5, 5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> tree.root(9)).isInstanceOf(IllegalArgumentException.class);
    }

    /** Every (m, n) with n ≤ 64 against the literal RFC recursion, and every proof's forgeries refused. */
    @Test
    void matchesRfcDefinitionsExhaustivelyUpTo64Leaves() {
        List<byte[]> leaves = leaves(64);
        MerkleTree tree = MerkleTree.create(new InMemoryTreeNodes());
        leaves.forEach(tree::append);
        for (int n = 1; n <= 64; n++) {
            List<byte[]> d = leaves.subList(0, n);
            byte[] root = tree.root(n);
            assertThat(HEX.formatHex(root)).isEqualTo(HEX.formatHex(RfcMerkleReference.mth(d)));
            for (int m = 0; m < n; m++) {
                checkInclusion(tree, d, m, n, root);
            }
            for (int m = 1; m <= n; m++) {
                checkConsistency(tree, d, m, n, root);
            }
        }
    }

    @Test
    void matchesRfcDefinitionsOnRandomSamplesUpTo3000Leaves() {
        Random random = new Random(6962);
        List<byte[]> leaves = leaves(3000);
        MerkleTree tree = MerkleTree.create(new InMemoryTreeNodes());
        // Uneven batches, so batching cannot hide a bug.
        for (int i = 0; i < leaves.size(); ) {
            int batch = Math.min(1 + random.nextInt(100), leaves.size() - i);
            assertThat(tree.appendAll(leaves.subList(i, i + batch))).isEqualTo(i);
            i += batch;
        }
        for (int sample = 0; sample < 150; sample++) {
            int n = 1 + random.nextInt(3000);
            List<byte[]> d = leaves.subList(0, n);
            byte[] root = tree.root(n);
            assertThat(HEX.formatHex(root)).isEqualTo(HEX.formatHex(RfcMerkleReference.mth(d)));
            checkInclusion(tree, d, random.nextInt(n), n, root);
            checkConsistency(tree, d, 1 + random.nextInt(n), n, root);
        }
    }

    @Test
    void reopenedTreeContinuesIdentically() {
        List<byte[]> leaves = leaves(300);
        InMemoryTreeNodes store = new InMemoryTreeNodes();
        MerkleTree first = MerkleTree.create(store);
        first.appendAll(leaves.subList(0, 123));
        CountingTreeNodes counting = new CountingTreeNodes(store);
        MerkleTree resumed = MerkleTree.open(counting, 123);
        assertThat(counting.getCalls).isEqualTo(1);
        counting.reset();
        for (byte[] leaf : leaves.subList(123, 300)) {
            resumed.append(leaf);
        }
        assertThat(counting.getCalls).as("appends read nothing").isZero();
        assertThat(counting.putCalls).isEqualTo(177);
        assertThat(resumed.root(300)).isEqualTo(RfcMerkleReference.mth(leaves));
        assertThatThrownBy(() -> MerkleTree.open(new InMemoryTreeNodes(), 5)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void storeRefusesToRewriteACompleteSubtree() {
        InMemoryTreeNodes store = new InMemoryTreeNodes();
        store.putAll(java.util.Map.of(new NodeId(3, 7), new byte[32]));
        store.putAll(java.util.Map.of(new NodeId(3, 7), new byte[32]));
        byte[] other = new byte[32];
        other[0] = 1;
        assertThatThrownBy(() -> store.putAll(java.util.Map.of(new NodeId(3, 7), other)))
                .isInstanceOf(IllegalStateException.class);
        assertThat(store.get(List.of(new NodeId(3, 7), new NodeId(3, 6)))).containsOnlyKeys(new NodeId(3, 7));
    }

    private static void checkInclusion(MerkleTree tree, List<byte[]> d, int m, int n, byte[] root) {
        Proof proof = tree.inclusionProof(m, n);
        List<byte[]> path = proof.hashes();
        assertThat(hex(path)).as("PATH(%d, D[%d])", m, n).isEqualTo(hex(RfcMerkleReference.path(m, d)));
        byte[] leaf = tree.leafHash(m);
        MerkleVerifier.verifyInclusion(m, n, leaf, path, root);
        for (int k = 0; k < path.size(); k++) {
            assertThat(MerkleVerifier.isValidInclusion(m, n, leaf, flipBit(path, k, 1), root)).isFalse();
        }
        for (int wrongIndex : new int[] {m - 1, m + 1}) {
            assertThat(MerkleVerifier.isValidInclusion(wrongIndex, n, leaf, path, root))
                    .as("PATH(%d, D[%d]) as index %d", m, n, wrongIndex).isFalse();
        }
        for (int wrongSize : new int[] {n - 1, n + 1}) {
            if (wrongSize > m && wrongSize <= tree.size()) {
                assertThat(MerkleVerifier.isValidInclusion(m, wrongSize, leaf, path, tree.root(wrongSize)))
                        .as("PATH(%d, D[%d]) against tree size %d", m, n, wrongSize).isFalse();
            }
        }
    }

    private static void checkConsistency(MerkleTree tree, List<byte[]> d, int m, int n, byte[] root) {
        List<byte[]> proof = tree.consistencyProof(m, n).hashes();
        List<byte[]> expected = m == n ? List.of() : RfcMerkleReference.proof(m, d);
        assertThat(hex(proof)).as("PROOF(%d, D[%d])", m, n).isEqualTo(hex(expected));
        byte[] oldRoot = tree.root(m);
        MerkleVerifier.verifyConsistency(m, n, oldRoot, root, proof);
        for (int k = 0; k < proof.size(); k++) {
            assertThat(MerkleVerifier.isValidConsistency(m, n, oldRoot, root, flipBit(proof, k, 1))).isFalse();
        }
        if (m < n) {
            for (int wrongFirst : new int[] {m - 1, m + 1}) {
                if (wrongFirst > 0 && wrongFirst < n) {
                    assertThat(MerkleVerifier.isValidConsistency(wrongFirst, n, tree.root(wrongFirst), root, proof))
                            .as("PROOF(%d, D[%d]) from size %d", m, n, wrongFirst).isFalse();
                }
            }
            for (int wrongSecond : new int[] {n - 1, n + 1}) {
                if (wrongSecond > m && wrongSecond <= tree.size()) {
                    assertThat(MerkleVerifier.isValidConsistency(m, wrongSecond, oldRoot, tree.root(wrongSecond),
                            proof)).as("PROOF(%d, D[%d]) to size %d", m, n, wrongSecond).isFalse();
                }
            }
        }
    }

    private static void assertInclusion(MerkleTree tree, long index, long size, String... expectedHex) {
        List<byte[]> path = tree.inclusionProof(index, size).hashes();
        assertThat(hex(path)).containsExactly(expectedHex);
        assertThat(MerkleVerifier.isValidInclusion(index, size, MerkleHash.leaf(CT_LEAVES.get((int) index)), path,
                CT_ROOTS.get((int) size - 1))).isTrue();
    }

    private static void assertConsistency(MerkleTree tree, long from, long to, String... expectedHex) {
        List<byte[]> proof = tree.consistencyProof(from, to).hashes();
        assertThat(hex(proof)).containsExactly(expectedHex);
        assertThat(MerkleVerifier.isValidConsistency(from, to, CT_ROOTS.get((int) from - 1),
                CT_ROOTS.get((int) to - 1), proof)).isTrue();
    }

    private static MerkleTree ctTree() {
        MerkleTree tree = MerkleTree.create(new InMemoryTreeNodes());
        tree.appendAll(CT_LEAVES);
        return tree;
    }

    static List<byte[]> leaves(int count) {
        List<byte[]> leaves = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            leaves.add(("event-" + i).getBytes(StandardCharsets.UTF_8));
        }
        return leaves;
    }

    private static List<byte[]> with(List<byte[]> list, int position, byte[] extra) {
        List<byte[]> copy = new ArrayList<>(list);
        copy.add(position, extra);
        return copy;
    }

    private static List<byte[]> flipBit(List<byte[]> list, int k, int bit) {
        List<byte[]> copy = new ArrayList<>(list);
        byte[] hash = copy.get(k).clone();
        hash[0] ^= (byte) bit;
        copy.set(k, hash);
        return copy;
    }

    private static List<String> hex(List<byte[]> hashes) {
        return hashes.stream().map(HEX::formatHex).toList();
    }

    private static List<byte[]> hexList(String... hex) {
        List<byte[]> list = new ArrayList<>();
        for (String h : hex) {
            list.add(HEX.parseHex(h));
        }
        return list;
    }
}
