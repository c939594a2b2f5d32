package id.gotong.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** Proofs at a million leaves must cost O(log n) node reads in one batch, never a recomputation. */
class MerkleProofCostTest {
    private static final int LEAVES = 1_000_000;

    @Test
    void proofsAtAMillionLeavesReadLogarithmicallyManyNodes() {
        CountingTreeNodes store = new CountingTreeNodes(new InMemoryTreeNodes());
        MerkleTree tree = MerkleTree.create(store);
        List<byte[]> batch = new ArrayList<>();
        long start = System.nanoTime();
        for (int i = 0; i < LEAVES; i++) {
            batch.add(ByteBuffer.allocate(8).putLong(i).array());
            if (batch.size() == 1000) {
                tree.appendAll(batch);
                batch.clear();
            }
        }
        double appendSeconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("appended %,d leaves in %.2f s: %,.0f leaves hashed/s (leaf + interior hashes, in-memory)%n",
                LEAVES, appendSeconds, LEAVES / appendSeconds);

        Random random = new Random(9162);
        List<long[]> pairs = new ArrayList<>();
        for (long n : new long[] {LEAVES, LEAVES - 1, 999_999 - 12_345, 524_289, 786_431, 2, 1}) {
            pairs.add(new long[] {0, n});
            pairs.add(new long[] {n - 1, n});
            pairs.add(new long[] {n / 2, n});
            for (int i = 0; i < 40; i++) {
                pairs.add(new long[] {random.nextLong(n), n});
            }
        }
        int worstReads = 0;
        long proofNanos = 0;
        int proofs = 0;
        for (long[] pair : pairs) {
            long m = pair[0];
            long n = pair[1];
            double bound = 2 * Math.log(n) / Math.log(2) + 2;
            byte[] root = tree.root(n);

            store.reset();
            long t0 = System.nanoTime();
            Proof inclusion = tree.inclusionProof(m, n);
            proofNanos += System.nanoTime() - t0;
            proofs++;
            assertThat(store.getCalls).isEqualTo(1);
            assertThat(inclusion.nodeReads()).isEqualTo(store.idsRead).isLessThanOrEqualTo((int) bound);
            assertThat(MerkleVerifier.isValidInclusion(m, n, tree.leafHash(m), inclusion.hashes(), root)).isTrue();

            long first = Math.max(1, m);
            store.reset();
            t0 = System.nanoTime();
            Proof consistency = tree.consistencyProof(first, n);
            proofNanos += System.nanoTime() - t0;
            proofs++;
            assertThat(store.getCalls).isLessThanOrEqualTo(1);
            assertThat(consistency.nodeReads()).isEqualTo(store.idsRead).isLessThanOrEqualTo((int) bound);
            assertThat(MerkleVerifier.isValidConsistency(first, n, tree.root(first), root, consistency.hashes()))
                    .isTrue();

            worstReads = Math.max(worstReads, Math.max(inclusion.nodeReads(), consistency.nodeReads()));
        }
        System.out.printf("%d proofs over trees up to %,d leaves: worst %d node reads (bound at 1M: %.1f), "
                        + "%.1f µs per proof on average%n",
                proofs, LEAVES, worstReads, 2 * Math.log(LEAVES) / Math.log(2) + 2, proofNanos / 1e3 / proofs);

        // The million-leaf root against the literal RFC recursion, so the fast path is checked at scale too.
        List<byte[]> all = new ArrayList<>(LEAVES);
        for (int i = 0; i < LEAVES; i++) {
            all.add(ByteBuffer.allocate(8).putLong(i).array());
        }
        assertThat(tree.root(LEAVES)).isEqualTo(RfcMerkleReference.mth(all));
    }
}
