package id.gotong.ledger;

import java.nio.ByteBuffer;
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
 * Ed25519 public keys as signed notes name them (c2sp.org/signed-note): a key name, a signature type byte, and the
 * 32-byte key, written as the verifier key {@code <name>+<8 hex key id>+<base64(type ‖ key)>}.
 */
final class Ed25519 {
    /** DER prefix of an X.509 SubjectPublicKeyInfo for Ed25519 (RFC 8410); the raw key follows it. */
    private static final byte[] X509_PREFIX = HexFormat.of().parseHex("302a300506032b6570032100");

    private Ed25519() {
    }

    /** A parsed verifier key. */
    record Key(String name, byte type, byte[] rawPublicKey, int keyId, PublicKey publicKey) {
        Key {
            NoteVerifier.checkKeyName(name);
            if (rawPublicKey.length != 32) {
                throw new IllegalArgumentException("an Ed25519 public key is 32 bytes, not " + rawPublicKey.length);
            }
            rawPublicKey = rawPublicKey.clone();
        }

        static Key of(String name, byte type, byte[] rawPublicKey) {
            return new Key(name, type, rawPublicKey, Ed25519.keyId(name, type, rawPublicKey),
                    Ed25519.publicKey(rawPublicKey));
        }

        /** Parses {@code <name>+<key id hex>+<base64(type ‖ key)>}, checking the type and the key id. */
        static Key parse(String verifierKey, byte type) {
            int plus1 = verifierKey.indexOf('+');
            int plus2 = verifierKey.indexOf('+', plus1 + 1);
            if (plus1 < 0 || plus2 < 0) {
                throw new IllegalArgumentException("malformed verifier key");
            }
            String id = verifierKey.substring(plus1 + 1, plus2);
            byte[] key = NoteVerifier.decodeBase64(verifierKey.substring(plus2 + 1));
            if (key == null || key.length != 33 || key[0] != type) {
                throw new IllegalArgumentException("verifier key is not of signature type 0x"
                        + HexFormat.of().toHexDigits(type) + " with a 32-byte Ed25519 key");
            }
            Key parsed = of(verifierKey.substring(0, plus1), type, Arrays.copyOfRange(key, 1, 33));
            if (!id.equals(NoteVerifier.hexId(parsed.keyId))) {
                throw new IllegalArgumentException("verifier key id " + id + " does not match its key");
            }
            return parsed;
        }

        @Override
        public byte[] rawPublicKey() {
            return rawPublicKey.clone();
        }

        String verifierKey() {
            byte[] key = new byte[33];
            key[0] = type;
            System.arraycopy(rawPublicKey, 0, key, 1, 32);
            return name + "+" + NoteVerifier.hexId(keyId) + "+" + Base64.getEncoder().encodeToString(key);
        }

        /** Whether a signature line names this key (name and key id; the pair identifies a key). */
        boolean names(SignedNote.Signature signature) {
            return signature.name().equals(name) && signature.keyId() == keyId;
        }

        boolean verify(byte[] message, byte[] signature) {
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
    }

    /** key ID = SHA-256(key name ‖ 0x0A ‖ type ‖ public key)[:4], big-endian. */
    static int keyId(String name, byte type, byte[] rawPublicKey) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update(name.getBytes(StandardCharsets.UTF_8));
            md.update((byte) '\n');
            md.update(type);
            return ByteBuffer.wrap(md.digest(rawPublicKey)).getInt();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static PublicKey publicKey(byte[] rawPublicKey) {
        try {
            byte[] der = Arrays.copyOf(X509_PREFIX, X509_PREFIX.length + 32);
            System.arraycopy(rawPublicKey, 0, der, X509_PREFIX.length, 32);
            return KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(der));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("not an Ed25519 public key", e);
        }
    }
}
