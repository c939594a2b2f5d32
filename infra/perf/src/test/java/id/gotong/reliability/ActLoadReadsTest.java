package id.gotong.reliability;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** The load's readers ask only for proofs that exist. */
class ActLoadReadsTest {

    @Test
    void aCheckpointOfAnEmptyTreeAsksForNoProof() {
        String emptyTree = "gotong.id/ledger\n0\n47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=\n\n— gotong.id/ledger abc=\n";

        assertThat(ActLoad.inclusionProofPath(emptyTree, new Random(1))).isEmpty();
    }

    @Test
    void aProofIsAskedForAnEntryInsideTheTree() {
        String threeEntries = "gotong.id/ledger\n3\nAAAA\n\n— gotong.id/ledger abc=\n";
        Random random = new Random(7);

        for (int i = 0; i < 100; i++) {
            assertThat(ActLoad.inclusionProofPath(threeEntries, random)).hasValueSatisfying(path -> assertThat(path)
                    .matches("/api/ledger/proof/inclusion\\?index=[012]&treeSize=3"));
        }
    }
}
