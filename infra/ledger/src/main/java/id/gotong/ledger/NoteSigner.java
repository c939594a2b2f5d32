package id.gotong.ledger;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.interfaces.EdECPrivateKey;
import java.security.spec.NamedParameterSpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.EnumSet;

/**
 * Signs C2SP signed notes with an Ed25519 key (c2sp.org/signed-note).
 *
 * <p>The private key is its 32-byte RFC 8032 seed. It is saved as one line in the golang.org/x/mod/sumdb/note
 * signer-key format, {@code PRIVATE+KEY+<name>+<8 hex key id>+<base64(0x01 ‖ seed)>}, so the file names its key,
 * is checked against its key id on load, and works with Go tooling.
 */
public final class NoteSigner {
    private static final String PRIVATE_KEY_PREFIX = "PRIVATE+KEY+";

    private final String name;
    private final byte[] seed;
    private final PrivateKey privateKey;
    private final NoteVerifier verifier;

    private NoteSigner(String name, byte[] seed) {
        NoteVerifier.checkKeyName(name);
        if (seed.length != 32) {
            throw new IllegalArgumentException("an Ed25519 seed is 32 bytes, not " + seed.length);
        }
        this.name = name;
        this.seed = seed.clone();
        KeyPair pair = keyPairFromSeed(this.seed);
        this.privateKey = pair.getPrivate();
        byte[] x509 = pair.getPublic().getEncoded();
        this.verifier = NoteVerifier.of(name, Arrays.copyOfRange(x509, x509.length - 32, x509.length));
    }

    public static NoteSigner generate(String name) {
        byte[] seed = new byte[32];
        new SecureRandom().nextBytes(seed);
        return new NoteSigner(name, seed);
    }

    public static NoteSigner fromSeed(String name, byte[] seed) {
        return new NoteSigner(name, seed);
    }

    /** Parses {@code PRIVATE+KEY+<name>+<key id hex>+<base64(0x01 ‖ seed)>}. */
    public static NoteSigner parse(String signerKey) {
        if (!signerKey.startsWith(PRIVATE_KEY_PREFIX)) {
            throw new IllegalArgumentException("malformed signer key");
        }
        String rest = signerKey.substring(PRIVATE_KEY_PREFIX.length());
        int plus1 = rest.indexOf('+');
        int plus2 = rest.indexOf('+', plus1 + 1);
        if (plus1 < 0 || plus2 < 0) {
            throw new IllegalArgumentException("malformed signer key");
        }
        byte[] key = NoteVerifier.decodeBase64(rest.substring(plus2 + 1));
        if (key == null || key.length != 33 || key[0] != NoteVerifier.ALG_ED25519) {
            throw new IllegalArgumentException("signer key is not an Ed25519 key");
        }
        NoteSigner signer = new NoteSigner(rest.substring(0, plus1), Arrays.copyOfRange(key, 1, 33));
        if (!rest.substring(plus1 + 1, plus2).equals(NoteVerifier.hexId(signer.keyId()))) {
            throw new IllegalArgumentException("signer key id does not match its key");
        }
        return signer;
    }

    /** Reads a key written by {@link #save}. */
    public static NoteSigner load(Path file) throws IOException {
        return parse(Files.readString(file, StandardCharsets.UTF_8).strip());
    }

    /**
     * Writes the signer key to a new file readable and writable by its owner only (POSIX rw-------). Fails if the file
     * exists, so a key is never silently replaced. Needs a POSIX file system for the permissions.
     */
    public void save(Path file) throws IOException {
        Files.createFile(file, PosixFilePermissions.asFileAttribute(
                EnumSet.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE)));
        Files.writeString(file, signerKey() + "\n", StandardCharsets.UTF_8);
    }

    public String name() {
        return name;
    }

    public int keyId() {
        return verifier.keyId();
    }

    public NoteVerifier verifier() {
        return verifier;
    }

    /** The public verifier key string to hand to auditors. */
    public String verifierKey() {
        return verifier.verifierKey();
    }

    /** The secret signer key string; never log it. */
    public String signerKey() {
        byte[] key = new byte[33];
        key[0] = NoteVerifier.ALG_ED25519;
        System.arraycopy(seed, 0, key, 1, 32);
        return PRIVATE_KEY_PREFIX + name + "+" + NoteVerifier.hexId(keyId()) + "+"
                + Base64.getEncoder().encodeToString(key);
    }

    /**
     * Signs {@code text}, which must end with a newline, and returns the signed note:
     * the text, a blank line, and {@code — <name> <base64(key id ‖ signature)>}.
     */
    public String sign(String text) {
        if (!text.endsWith("\n")) {
            throw new IllegalArgumentException("note text must end with a newline");
        }
        try {
            NoteVerifier.checkNoteCharacters(text);
        } catch (VerificationException e) {
            throw new IllegalArgumentException(e.getMessage());
        }
        byte[] signature;
        try {
            Signature signer = Signature.getInstance("Ed25519");
            signer.initSign(privateKey);
            signer.update(text.getBytes(StandardCharsets.UTF_8));
            signature = signer.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 signing failed", e);
        }
        byte[] blob = new byte[4 + signature.length];
        int id = keyId();
        blob[0] = (byte) (id >>> 24);
        blob[1] = (byte) (id >>> 16);
        blob[2] = (byte) (id >>> 8);
        blob[3] = (byte) id;
        System.arraycopy(signature, 0, blob, 4, signature.length);
        return text + "\n" + NoteVerifier.SIG_PREFIX + name + " " + Base64.getEncoder().encodeToString(blob) + "\n";
    }

    /**
     * JDK 17 has no API deriving an Ed25519 public key from a seed, but its generator takes the private key straight
     * from the random source (RFC 8032 §5.1.5), so feeding it the seed yields the pair. Checked, not assumed.
     */
    private static KeyPair keyPairFromSeed(byte[] seed) {
        SecureRandom fixed = new SecureRandom() {
            @Override
            public void nextBytes(byte[] bytes) {
                if (bytes.length != seed.length) {
                    throw new IllegalStateException("Ed25519 generator asked for " + bytes.length + " bytes");
                }
                System.arraycopy(seed, 0, bytes, 0, seed.length);
            }
        };
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("Ed25519");
            generator.initialize(NamedParameterSpec.ED25519, fixed);
            KeyPair pair = generator.generateKeyPair();
            byte[] actual = ((EdECPrivateKey) pair.getPrivate()).getBytes().orElse(new byte[0]);
            if (!Arrays.equals(actual, seed)) {
                throw new IllegalStateException("the JDK's Ed25519 generator did not use the given seed");
            }
            return pair;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("no Ed25519 in this JDK", e);
        }
    }
}
