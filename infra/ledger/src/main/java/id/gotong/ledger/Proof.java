package id.gotong.ledger;

import java.util.List;

/**
 * A Merkle audit path or consistency proof: the hashes in RFC 9162 order, and how many stored nodes the log read to
 * build it (all in one {@link TreeNodes#get} call), which tests use to hold the log to O(log n).
 */
public record Proof(List<byte[]> hashes, int nodeReads) {
    public Proof {
        hashes = List.copyOf(hashes);
    }
}
