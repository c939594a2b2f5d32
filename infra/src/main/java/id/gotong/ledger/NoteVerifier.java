package id.gotong.ledger;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Verifies C2SP signed notes (c2sp.org/signed-note) against one Ed25519 key, given as a verifier key string
 * {@code <name>+<8 hex key id>+<base64(0x01 ‖ 32-byte public key)>} — the golang.org/x/mod/sumdb/note format.
 */
public final class NoteVerifier {
    static final byte ALG_ED25519 = 0x01;
    static final String SIG_PREFIX = "\u2014 ";  // em dash, space
    private static final int MAX_SIGNATURES = 100;
    /** DER prefix of an X.509 SubjectPublicKeyInfo for Ed25519 (RFC 8410); the raw key follows it. */
    private static final byte[] X509_PREFIX = HexFormat.of().parseHex("302a300506032b6570032100");

    private final String name;
    private final int keyId;
    private final byte[] rawPublicKey;
    private final PublicKey publicKey;

    private NoteVerifier(String name, byte[] rawPublicKey) {
        checkKeyName(name);
        if (rawPublicKey.length != 32) {
            throw new IllegalArgumentException("an Ed25519 public key is 32 bytes, not " + rawPublicKey.length);
        }
        this.name = name;
        this.rawPublicKey = rawPublicKey.clone();
        this.keyId = keyId(name, rawPublicKey);
        try {
            byte[] der = Arrays.copyOf(X509_PREFIX, X509_PREFIX.length + 32);
            System.arraycopy(rawPublicKey, 0, der, X509_PREFIX.length, 32);
            this.publicKey = KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(der));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("not an Ed25519 public key", e);
        }
    }

    public static NoteVerifier of(String name, byte[] rawPublicKey) {
        return new NoteVerifier(name, rawPublicKey);
    }

    /** Parses {@code <name>+<key id hex>+<base64 key>}, checking the key id against the key. */
    public static NoteVerifier parse(String verifierKey) {
        int plus1 = verifierKey.indexOf('+');
        int plus2 = verifierKey.indexOf('+', plus1 + 1);
        if (plus1 < 0 || plus2 < 0) {
            throw new IllegalArgumentException("malformed verifier key");
        }
        String name = verifierKey.substring(0, plus1);
        String id = verifierKey.substring(plus1 + 1, plus2);
        byte[] key = decodeBase64(verifierKey.substring(plus2 + 1));
        if (key == null || key.length != 33 || key[0] != ALG_ED25519) {
            throw new IllegalArgumentException("verifier key is not an Ed25519 key");
        }
        NoteVerifier verifier = new NoteVerifier(name, Arrays.copyOfRange(key, 1, 33));
        if (!id.equals(hexId(verifier.keyId))) {
            throw new IllegalArgumentException("verifier key id " + id + " does not match its key");
        }
        return verifier;
    }

    public String name() {
        return name;
    }

    public int keyId() {
        return keyId;
    }

    public byte[] rawPublicKey() {
        return rawPublicKey.clone();
    }

    public String verifierKey() {
        byte[] key = new byte[33];
        key[0] = ALG_ED25519;
        System.arraycopy(rawPublicKey, 0, key, 1, 32);
        return name + "+" + hexId(keyId) + "+" + Base64.getEncoder().encodeToString(key);
    }

    /**
     * Checks a signed note and returns its text (with the final newline). Signatures by other keys are ignored, as
     * the spec requires; one by this key must be present and every one by this key must verify.
     */
    public String verify(byte[] signedNote) {
        String note = decodeStrictUtf8(signedNote);
        checkNoteCharacters(note);
        int split = note.lastIndexOf("\n\n");
        if (split < 0) {
            throw new VerificationException("malformed note: no blank line before the signatures");
        }
        String text = note.substring(0, split + 1);
        String signatures = note.substring(split + 2);
        if (signatures.isEmpty() || !signatures.endsWith("\n")) {
            throw new VerificationException("malformed note: signature block must end with a newline");
        }
        byte[] textBytes = text.getBytes(StandardCharsets.UTF_8);
        String[] lines = signatures.substring(0, signatures.length() - 1).split("\n", -1);
        if (lines.length > MAX_SIGNATURES) {
            throw new VerificationException("malformed note: more than " + MAX_SIGNATURES + " signatures");
        }
        boolean verified = false;
        for (String line : lines) {
            if (!line.startsWith(SIG_PREFIX)) {
                throw new VerificationException("malformed note: not a signature line: " + line);
            }
            int space = line.indexOf(' ', SIG_PREFIX.length());
            String sigName = space < 0 ? "" : line.substring(SIG_PREFIX.length(), space);
            byte[] blob = space < 0 ? null : decodeBase64(line.substring(space + 1));
            if (!isValidKeyName(sigName) || blob == null || blob.length < 5) {
                throw new VerificationException("malformed note: bad signature line: " + line);
            }
            if (!sigName.equals(name) || ByteBuffer.wrap(blob).getInt() != keyId) {
                continue;
            }
            if (!ed25519Verify(textBytes, Arrays.copyOfRange(blob, 4, blob.length))) {
                throw new VerificationException("invalid signature for key " + name + "+" + hexId(keyId));
            }
            verified = true;
        }
        if (!verified) {
            throw new VerificationException("note has no signature by key " + name + "+" + hexId(keyId));
        }
        return text;
    }

    public String verify(String signedNote) {
        return verify(signedNote.getBytes(StandardCharsets.UTF_8));
    }

    private boolean ed25519Verify(byte[] message, byte[] signature) {
        if (signature.length != 64) {
            return false;
        }
        try {
            Signature verifier = Signature.getInstance("Ed25519");
            verifier.initVerify(publicKey);
            verifier.update(message);
            return verifier.verify(signature);
        } catch (GeneralSecurityException e) {
            return false;  // the JDK throws, rather than returning false, for some malformed signatures
        }
    }

    /** key ID = SHA-256(key name ‖ 0x0A ‖ 0x01 ‖ public key)[:4], big-endian. */
    static int keyId(String name, byte[] rawPublicKey) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update(name.getBytes(StandardCharsets.UTF_8));
            md.update((byte) '\n');
            md.update(ALG_ED25519);
            return ByteBuffer.wrap(md.digest(rawPublicKey)).getInt();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
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

    private static String decodeStrictUtf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new VerificationException("malformed note: not valid UTF-8");
        }
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
