package id.gotong.ledger.verify;

import id.gotong.ledger.Checkpoint;
import id.gotong.ledger.CosignatureVerifier;
import id.gotong.ledger.MerkleHash;
import id.gotong.ledger.MerkleVerifier;
import id.gotong.ledger.NoteVerifier;
import id.gotong.ledger.VerificationException;
import tools.jackson.databind.JsonNode;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

/**
 * An auditor's full check of a ledger: the latest checkpoint's signature (and, if asked, the cosignatures of pinned
 * witnesses); every entry up to its size, with each leaf
 * recomputed from its event; the recomputed root against the signed root; and, given a checkpoint saved earlier, that
 * the log still extends it (its root recomputed from the entries, and the log's consistency proof).
 *
 * <p>To name the first divergence the verifier also uses the leaf hashes the log's stored tree holds: when those
 * reproduce the signed root they are authenticated by the signature, and the first entry whose recomputed leaf hash
 * differs is where the events were changed.
 */
public final class LedgerVerifier {
    public static final int PAGE = 1000;

    /**
     * The outcome; {@code failedIndex} is -1 when the failure has no single index; {@code cosigners} names each
     * pinned witness that cosigned the checkpoint, with the cosignature's time.
     */
    public record Result(boolean verified, long treeSize, byte[] root, long failedIndex, String reason,
                         List<String> cosigners) {
        public String verdict() {
            if (verified) {
                return "VERIFIED: " + treeSize + " entries, root " + Base64.getEncoder().encodeToString(root)
                        + " at size " + treeSize + (cosigners.isEmpty() ? "" : "; cosigned by "
                        + String.join(", ", cosigners));
            }
            return failedIndex >= 0 ? "FAILED at index " + failedIndex + ": " + reason : "FAILED: " + reason;
        }
    }

    private final NoteVerifier key;
    private final List<CosignatureVerifier> witnesses;
    private final PrintStream progress;

    public LedgerVerifier(NoteVerifier key, PrintStream progress) {
        this(key, List.of(), progress);
    }

    /** A verifier that also requires a valid cosignature of the latest checkpoint by each of {@code witnesses}. */
    public LedgerVerifier(NoteVerifier key, List<CosignatureVerifier> witnesses, PrintStream progress) {
        this.key = key;
        this.witnesses = List.copyOf(witnesses);
        this.progress = progress;
    }

    private static Result failed(long index, String reason) {
        return new Result(false, -1, null, index, reason, List.of());
    }

    /** Verifies the ledger behind {@code source}; {@code savedNote} is an earlier signed checkpoint, or null. */
    public Result verify(LedgerSource source, String savedNote) {
        String latestNote;
        Checkpoint latest;
        try {
            latestNote = source.checkpointNote();
            latest = Checkpoint.verify(latestNote, key, key.name());
        } catch (VerificationException e) {
            return failed(-1, "latest checkpoint does not verify: " + e.getMessage());
        } catch (Exception e) {
            return failed(-1, "cannot read the latest checkpoint: " + e.getMessage());
        }
        List<String> cosigners;
        try {
            cosigners = Cosigners.require(latestNote, witnesses);
        } catch (VerificationException e) {
            return failed(-1, "latest checkpoint is not cosigned as required: " + e.getMessage());
        }
        List<String> unverified = Cosigners.unverified(latestNote, key, witnesses);
        if (!unverified.isEmpty()) {
            progress.println("checkpoint also carries signatures by " + String.join(", ", unverified)
                    + " (not verified; pin a witness with --witness)");
        }
        Checkpoint saved = null;
        if (savedNote != null) {
            try {
                saved = Checkpoint.verify(savedNote, key, key.name());
            } catch (VerificationException e) {
                return failed(-1, "saved checkpoint does not verify: " + e.getMessage());
            }
            if (saved.treeSize() > latest.treeSize()) {
                return failed(latest.treeSize(), "log shrank: saved checkpoint has size " + saved.treeSize()
                        + ", latest checkpoint " + latest.treeSize());
            }
        }
        long n = latest.treeSize();
        long m = saved == null ? -1 : saved.treeSize();
        progress.println("checkpoint: size " + n + ", root " + b64(latest.rootHash())
                + (saved == null ? "" : "; saved checkpoint: size " + m));

        RootBuilder recomputed = new RootBuilder();
        RootBuilder stored = new RootBuilder();
        byte[] recomputedAtSaved = m == 0 ? MerkleHash.emptyRoot() : null;
        long firstDifferentHash = -1;
        long lastTenth = 0;
        long index = 0;
        while (index < n) {
            List<LedgerSource.Entry> page;
            try {
                page = source.entries(index, Math.min(n, index + PAGE));
            } catch (Exception e) {
                return failed(index, "cannot read entries: " + e.getMessage());
            }
            if (page.isEmpty()) {
                return failed(index, "entry missing (the log has " + index + " of the checkpoint's " + n + ")");
            }
            for (LedgerSource.Entry entry : page) {
                if (entry.index() != index) {
                    return failed(index, "entry missing (next entry served is " + entry.index() + ")");
                }
                if (entry.event() instanceof JsonNode json && json.has("withheld")) {
                    return failed(index, "the server withheld fields of this event; verifying every leaf needs an"
                            + " auditor's or the operator's credential (--token-file)");
                }
                byte[] leaf;
                try {
                    leaf = source.leaf(index, entry.event());
                } catch (IllegalArgumentException e) {
                    return failed(index, "event has no canonical JSON form: " + e.getMessage());
                }
                if (entry.leaf() != null && !Arrays.equals(leaf, entry.leaf())) {
                    return failed(index, "served leaf bytes differ from the leaf recomputed from the event");
                }
                byte[] leafHash = MerkleHash.leaf(leaf);
                recomputed.add(leafHash);
                stored.add(entry.leafHash() != null ? entry.leafHash() : leafHash);
                if (firstDifferentHash < 0 && entry.leafHash() != null && !Arrays.equals(leafHash, entry.leafHash())) {
                    firstDifferentHash = index;
                }
                index++;
                if (index == m) {
                    recomputedAtSaved = recomputed.root();
                }
                if (index * 10 / n > lastTenth) {
                    lastTenth = index * 10 / n;
                    progress.println("entries: " + index + "/" + n + " (" + lastTenth * 10 + " %)");
                }
                if (index == n) {
                    break;
                }
            }
        }

        byte[] root = recomputed.root();
        boolean storedTreeMatches = Arrays.equals(stored.root(), latest.rootHash());
        if (!Arrays.equals(root, latest.rootHash())) {
            if (firstDifferentHash >= 0) {
                return failed(firstDifferentHash, storedTreeMatches
                        ? "leaf hash differs from checkpoint tree"
                        : "leaf hash differs from the log's stored tree, which does not match the checkpoint either");
            }
            return failed(-1, "root recomputed from the entries at size " + n + " differs from the checkpoint root");
        }
        if (firstDifferentHash >= 0) {
            return failed(firstDifferentHash, "stored leaf hash differs from the event (the events match the checkpoint)");
        }
        if (saved != null) {
            if (!Arrays.equals(recomputedAtSaved, saved.rootHash())) {
                return failed(-1, "history rewritten: the root recomputed at the saved checkpoint's size " + m
                        + " differs from the saved checkpoint root");
            }
            try {
                MerkleVerifier.verifyConsistency(m, n, saved.rootHash(), latest.rootHash(),
                        source.consistencyProof(m, n));
            } catch (VerificationException e) {
                return failed(-1, "consistency proof from size " + m + " to " + n + " does not verify: "
                        + e.getMessage());
            } catch (Exception e) {
                return failed(-1, "cannot read the consistency proof from " + m + " to " + n + ": " + e.getMessage());
            }
        }
        return new Result(true, n, root, -1, null, cosigners);
    }

    private static String b64(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }
}
