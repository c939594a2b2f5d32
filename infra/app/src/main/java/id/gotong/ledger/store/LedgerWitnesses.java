package id.gotong.ledger.store;

import id.gotong.ledger.CosignatureVerifier;
import id.gotong.ledger.SignedNote;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;

/**
 * The witnesses whose cosignatures the log accepts and serves ({@code gotong.ledger.witnesses}), and the checkpoint
 * notes with their stored cosignatures appended. A witness dropped from the list is no longer served, though its
 * stored cosignatures stay.
 */
public final class LedgerWitnesses {
    private final LedgerStore store;
    private final List<CosignatureVerifier> keys;
    private final List<String> ids;

    public LedgerWitnesses(LedgerStore store, List<CosignatureVerifier> keys) {
        this.store = store;
        this.keys = List.copyOf(keys);
        this.ids = this.keys.stream().map(CosignatureVerifier::id).toList();
        if (new HashSet<>(ids).size() != ids.size()) {
            throw new IllegalArgumentException("two witness keys share a name and key id: " + ids);
        }
    }

    /** Parses verifier keys of signature type 0x04; the message names the offending entry. */
    public static List<CosignatureVerifier> parse(List<String> verifierKeys) {
        List<CosignatureVerifier> keys = new ArrayList<>(verifierKeys.size());
        for (int i = 0; i < verifierKeys.size(); i++) {
            try {
                keys.add(CosignatureVerifier.parse(verifierKeys.get(i).strip()));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("gotong.ledger.witnesses[" + i + "] is not a cosignature/v1 "
                        + "verifier key <name>+<key id>+<base64(0x04 ‖ Ed25519 key)>: " + e.getMessage(), e);
            }
        }
        return keys;
    }

    public List<CosignatureVerifier> keys() {
        return keys;
    }

    /** The configured witness key a signature line names, if any. */
    public Optional<CosignatureVerifier> find(SignedNote.Signature signature) {
        return keys.stream().filter(k -> k.signed(signature)).findFirst();
    }

    /** The checkpoint's note followed by the stored cosignature lines of the configured witnesses, in their order. */
    public String cosigned(LedgerStore.StoredCheckpoint checkpoint) {
        return checkpoint.note() + String.join("", store.cosignatures(checkpoint.treeSize(), ids));
    }
}
