package id.gotong.ledger;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Verifies C2SP signed notes (c2sp.org/signed-note) against one Ed25519 key, given as a verifier key string
 * {@code <name>+<8 hex key id>+<base64(0x01 ‖ 32-byte public key)>} — the golang.org/x/mod/sumdb/note format.
 */
public final class NoteVerifier {
    static final byte ALG_ED25519 = 0x01;
    static final String SIG_PREFIX = "\u2014 ";  // em dash, space

    private final Ed25519.Key key;

    private NoteVerifier(Ed25519.Key key) {
        this.key = key;
    }

    public static NoteVerifier of(String name, byte[] rawPublicKey) {
        return new NoteVerifier(Ed25519.Key.of(name, ALG_ED25519, rawPublicKey));
    }

    /** Parses {@code <name>+<key id hex>+<base64 key>}, checking the key id against the key. */
    public static NoteVerifier parse(String verifierKey) {
        return new NoteVerifier(Ed25519.Key.parse(verifierKey, ALG_ED25519));
    }

    public String name() {
        return key.name();
    }

    public int keyId() {
        return key.keyId();
    }

    public byte[] rawPublicKey() {
        return key.rawPublicKey();
    }

    public String verifierKey() {
        return key.verifierKey();
    }

    /** Whether a signature line names this key (its name and key id). */
    public boolean signed(SignedNote.Signature signature) {
        return key.names(signature);
    }

    /**
     * Checks a signed note and returns its text (with the final newline). Signatures by other keys are ignored, as
     * the spec requires; one by this key must be present and every one by this key must verify.
     */
    public String verify(byte[] signedNote) {
        SignedNote note = SignedNote.parse(signedNote);
        byte[] textBytes = note.text().getBytes(StandardCharsets.UTF_8);
        boolean verified = false;
        for (SignedNote.Signature signature : note.signatures()) {
            if (!key.names(signature)) {
                continue;
            }
            if (!key.verify(textBytes, signature.signature())) {
                throw new VerificationException("invalid signature for key " + name() + "+" + hexId(keyId()));
            }
            verified = true;
        }
        if (!verified) {
            throw new VerificationException("note has no signature by key " + name() + "+" + hexId(keyId()));
        }
        return note.text();
    }

    public String verify(String signedNote) {
        return verify(signedNote.getBytes(StandardCharsets.UTF_8));
    }

    static String hexId(int keyId) {
        return String.format("%08x", keyId);
    }

    /** Key names are non-empty and hold no Unicode spaces and no '+'. */
    static boolean isValidKeyName(String name) {
        return !name.isEmpty() && name.indexOf('+') < 0
                && name.codePoints().noneMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c) || c == 0x85)
                && isWellFormed(name);
    }

    static void checkKeyName(String name) {
        if (!isValidKeyName(name)) {
            throw new IllegalArgumentException("invalid key name: " + name);
        }
    }

    /** Notes are UTF-8 without ASCII control characters other than newline. */
    static void checkNoteCharacters(String s) {
        if (!isWellFormed(s)) {
            throw new VerificationException("malformed note: not valid Unicode");
        }
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < 0x20 && s.charAt(i) != '\n') {
                throw new VerificationException("malformed note: control character at " + i);
            }
        }
    }

    private static boolean isWellFormed(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    /** Standard padded base64 in its one canonical spelling, or null; Java's decoder alone accepts variants. */
    static byte[] decodeBase64(String s) {
        try {
            byte[] decoded = Base64.getDecoder().decode(s);
            return Base64.getEncoder().encodeToString(decoded).equals(s) ? decoded : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
