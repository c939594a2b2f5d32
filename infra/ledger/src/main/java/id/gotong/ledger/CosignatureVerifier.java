package id.gotong.ledger;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Verifies C2SP Ed25519 cosignatures, {@code cosignature/v1} of c2sp.org/tlog-cosignature, by one witness key.
 *
 * <p>The key is a verifier key {@code <name>+<8 hex key id>+<base64(0x04 ‖ 32-byte Ed25519 public key)>}, its key
 * id SHA-256(name ‖ 0x0A ‖ 0x04 ‖ key)[:4]. A cosignature is a signature line of the checkpoint's signed note,
 * {@code — <name> base64(key id ‖ u64 big-endian timestamp ‖ 64-byte signature)}, whose signature is over
 * {@code "cosignature/v1\ntime <timestamp>\n"} followed by the whole note text.
 */
public final class CosignatureVerifier {
    static final byte ALG_COSIGNATURE_V1 = 0x04;
    /** u64 timestamp ‖ Ed25519 signature: the signature bytes after the key id. */
    static final int SIGNATURE_LENGTH = 8 + 64;

    private final Ed25519.Key key;

    private CosignatureVerifier(Ed25519.Key key) {
        this.key = key;
    }

    public static CosignatureVerifier of(String name, byte[] rawPublicKey) {
        return new CosignatureVerifier(Ed25519.Key.of(name, ALG_COSIGNATURE_V1, rawPublicKey));
    }

    /** Parses a verifier key of signature type 0x04, checking the key id against the key. */
    public static CosignatureVerifier parse(String verifierKey) {
        return new CosignatureVerifier(Ed25519.Key.parse(verifierKey, ALG_COSIGNATURE_V1));
    }

    public String name() {
        return key.name();
    }

    public int keyId() {
        return key.keyId();
    }

    /** {@code <name>+<key id hex>}: the pair that identifies the key in signature lines. */
    public String id() {
        return key.name() + "+" + NoteVerifier.hexId(key.keyId());
    }

    public String verifierKey() {
        return key.verifierKey();
    }

    /** Whether a signature line names this key (its name and key id). */
    public boolean signed(SignedNote.Signature signature) {
        return key.names(signature);
    }

    /** The message a cosigner signs: {@code cosignature/v1}, {@code time <timestamp>}, then the note text. */
    public static byte[] message(String noteText, long timestamp) {
        if (timestamp < 0) {
            throw new IllegalArgumentException("timestamp beyond 2^63 - 1");
        }
        return ("cosignature/v1\ntime " + timestamp + "\n" + noteText).getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Checks one cosignature line by this key over {@code noteText} (the checkpoint text, with its final newline) and
     * returns its timestamp, in seconds since the epoch.
     */
    public long verify(String noteText, SignedNote.Signature signature) {
        if (!signed(signature)) {
            throw new VerificationException("not a signature by witness key " + id());
        }
        byte[] bytes = signature.signature();
        if (bytes.length != SIGNATURE_LENGTH) {
            throw new VerificationException("cosignature by " + id() + " is " + bytes.length + " bytes, not "
                    + SIGNATURE_LENGTH + " (timestamp and Ed25519 signature)");
        }
        long timestamp = ByteBuffer.wrap(bytes).getLong();
        if (timestamp < 0) {
            throw new VerificationException("cosignature by " + id() + " has a timestamp beyond 2^63 - 1");
        }
        if (!key.verify(message(noteText, timestamp), Arrays.copyOfRange(bytes, 8, bytes.length))) {
            throw new VerificationException("invalid cosignature for witness key " + id());
        }
        return timestamp;
    }

    /**
     * Checks that {@code note} carries a cosignature by this key: one must be present and every one must verify;
     * lines by other keys are ignored. Returns the latest timestamp.
     */
    public long verify(SignedNote note) {
        long latest = -1;
        for (SignedNote.Signature signature : note.signatures()) {
            if (signed(signature)) {
                latest = Math.max(latest, verify(note.text(), signature));
            }
        }
        if (latest < 0) {
            throw new VerificationException("note has no cosignature by witness key " + id());
        }
        return latest;
    }
}
