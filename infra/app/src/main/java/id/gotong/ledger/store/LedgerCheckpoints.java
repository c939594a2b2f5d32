package id.gotong.ledger.store;

import id.gotong.transparencyfeed.Checkpoints;

import java.util.Optional;

/** The query side's view of the ledger's checkpoints: the latest one's size and when it was signed. */
public final class LedgerCheckpoints implements Checkpoints {

    private final LedgerStore store;

    public LedgerCheckpoints(LedgerStore store) {
        this.store = store;
    }

    @Override
    public Optional<Signed> latest() {
        return Optional.ofNullable(store.latestCheckpoint())
                .map(checkpoint -> new Signed(checkpoint.treeSize(), checkpoint.signedAt()));
    }
}
