package id.gotong.transparencyfeed;

import java.time.Instant;
import java.util.Optional;

/**
 * The ledger's latest signed checkpoint, as the feeds need it: items below its size link to their inclusion proof.
 * Implemented by the ledger in the application module.
 */
public interface Checkpoints {

    /** @param treeSize the number of ledger entries the checkpoint covers (indexes {@code 0 … treeSize − 1}) */
    record Signed(long treeSize, Instant signedAt) {
    }

    /** The latest signed checkpoint, or empty before the first one. */
    Optional<Signed> latest();
}
