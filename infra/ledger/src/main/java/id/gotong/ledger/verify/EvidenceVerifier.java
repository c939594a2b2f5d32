package id.gotong.ledger.verify;

import id.gotong.ledger.Checkpoint;
import id.gotong.ledger.CosignatureVerifier;
import id.gotong.ledger.LedgerLeaf;
import id.gotong.ledger.MerkleHash;
import id.gotong.ledger.MerkleVerifier;
import id.gotong.ledger.NoteVerifier;
import id.gotong.ledger.VerificationException;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

/**
 * Offline check of an evidence pack ({@code GET /api/ledger/evidence}): the checkpoint's signature by the pinned key
 * and its origin (and, if asked, the cosignatures of pinned witnesses); then for every event, that the leaf bytes are the leaf recomputed from the event, that the event
 * belongs to the pack's collaboration, and that its inclusion proof leads from the leaf hash to the signed root.
 *
 * <p>A pack proves that the events it holds are in the signed log at their positions. It cannot prove that it holds
 * every event of the collaboration: for that, verify the whole ledger ({@link LedgerVerifier}) and filter.
 */
public final class EvidenceVerifier {
    public static final String FORMAT = "gotong-evidence-pack/1";
    private static final Base64.Decoder B64 = Base64.getDecoder();

    /** The outcome; {@code failedPosition} is -1 when the failure has no single position. */
    /** @param withheld how many events came with withheld fields, so that only their leaf hash was proved */
    public record Result(boolean verified, String collaborationId, int events, long treeSize, byte[] root,
                         long failedPosition, String reason, List<String> cosigners, int withheld) {
        public String verdict() {
            if (verified) {
                return "VERIFIED: evidence pack for collaboration " + collaborationId + ": " + events
                        + " events included in the checkpoint of size " + treeSize + ", root "
                        + Base64.getEncoder().encodeToString(root)
                        + (cosigners.isEmpty() ? "" : "; cosigned by " + String.join(", ", cosigners))
                        + (withheld == 0 ? "" : "; " + withheld + " of them with withheld fields, proved by leaf hash"
                                + " only");
            }
            return failedPosition >= 0 ? "FAILED at position " + failedPosition + ": " + reason : "FAILED: " + reason;
        }
    }

    private final NoteVerifier key;
    private final List<CosignatureVerifier> witnesses;

    public EvidenceVerifier(NoteVerifier key) {
        this(key, List.of());
    }

    /** A verifier that also requires a valid cosignature of the pack's checkpoint by each of {@code witnesses}. */
    public EvidenceVerifier(NoteVerifier key, List<CosignatureVerifier> witnesses) {
        this.key = key;
        this.witnesses = List.copyOf(witnesses);
    }

    private static Result failed(long position, String reason) {
        return new Result(false, null, 0, -1, null, position, reason, List.of(), 0);
    }

    public Result verify(JsonNode pack) {
        if (pack == null || !pack.isObject()) {
            return failed(-1, "the evidence pack is not a JSON object");
        }
        if (!FORMAT.equals(text(pack, "format"))) {
            return failed(-1, "not a " + FORMAT + " document (format " + text(pack, "format") + ")");
        }
        String collaborationId = text(pack, "collaborationId");
        String note = text(pack, "checkpoint");
        JsonNode events = pack.get("events");
        if (collaborationId == null || note == null || events == null || !events.isArray()) {
            return failed(-1, "the evidence pack lacks collaborationId, checkpoint or events");
        }
        Checkpoint checkpoint;
        try {
            checkpoint = Checkpoint.verify(note, key, key.name());
        } catch (VerificationException e) {
            return failed(-1, "checkpoint does not verify: " + e.getMessage());
        }
        List<String> cosigners;
        try {
            cosigners = Cosigners.require(note, witnesses);
        } catch (VerificationException e) {
            return failed(-1, "checkpoint is not cosigned as required: " + e.getMessage());
        }
        long size = checkpoint.treeSize();
        JsonNode declaredSize = pack.get("treeSize");
        if (declaredSize != null && !declaredSize.isNull() && declaredSize.asLong() != size) {
            return failed(-1, "treeSize " + declaredSize.asLong() + " is not the checkpoint's size " + size);
        }
        byte[] root = checkpoint.rootHash();
        long previous = -1;
        int count = 0;
        int withheld = 0;
        for (JsonNode item : events) {
            JsonNode positionNode = item.get("position");
            if (positionNode == null || !positionNode.isIntegralNumber()) {
                return failed(-1, "event " + count + " of the pack has no position");
            }
            long position = positionNode.asLong();
            if (position <= previous) {
                return failed(position, "positions are not strictly increasing");
            }
            previous = position;
            if (position >= size) {
                return failed(position, "position is beyond the checkpoint's size " + size);
            }
            JsonNode event = item.get("event");
            if (event == null || !event.isObject()) {
                return failed(position, "the event is not a JSON object");
            }
            byte[] leafHash;
            if (event.has("withheld")) {
                // A pack for a reader without full access: the withheld fields are gone, so only the hash is proved.
                leafHash = bytes(item.get("leafHash"));
                if (leafHash == null || leafHash.length != 32) {
                    return failed(position, "an event with withheld fields needs its leafHash");
                }
                withheld++;
            } else {
                byte[] recomputed;
                try {
                    recomputed = LedgerLeaf.bytes(position, event);
                } catch (IllegalArgumentException e) {
                    return failed(position, "event has no canonical JSON form: " + e.getMessage());
                }
                byte[] leaf = bytes(item.get("leaf"));
                if (leaf == null) {
                    return failed(position, "leaf missing or not base64");
                }
                if (!Arrays.equals(leaf, recomputed)) {
                    return failed(position, "leaf bytes differ from the leaf recomputed from the event");
                }
                leafHash = MerkleHash.leaf(leaf);
            }
            JsonNode provenance = event.path("payload").path("provenance");
            String eventCollaboration = provenance.path("collaborationId").isString()
                    ? provenance.path("collaborationId").asString() : null;
            if (!collaborationId.equals(eventCollaboration)) {
                return failed(position, "event belongs to collaboration " + eventCollaboration + ", not "
                        + collaborationId);
            }
            List<byte[]> proof = new ArrayList<>();
            JsonNode hashes = item.get("proof");
            if (hashes == null || !hashes.isArray()) {
                return failed(position, "inclusion proof missing");
            }
            for (JsonNode hash : hashes) {
                byte[] decoded = bytes(hash);
                if (decoded == null) {
                    return failed(position, "inclusion proof element is not base64");
                }
                proof.add(decoded);
            }
            try {
                MerkleVerifier.verifyInclusion(position, size, leafHash, proof, root);
            } catch (VerificationException e) {
                return failed(position, "inclusion proof does not verify against the checkpoint root: "
                        + e.getMessage());
            }
            count++;
        }
        return new Result(true, collaborationId, count, size, root, -1, null, cosigners, withheld);
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value != null && value.isString() ? value.asString() : null;
    }

    private static byte[] bytes(JsonNode value) {
        if (value == null || !value.isString()) {
            return null;
        }
        try {
            return B64.decode(value.asString());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
