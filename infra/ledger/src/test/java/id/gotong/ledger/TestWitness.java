package id.gotong.ledger;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.util.Arrays;

/** A witness for tests: an Ed25519 key that makes cosignature/v1 lines (c2sp.org/tlog-cosignature). */
public final class TestWitness {
    private final String name;
    private final PrivateKey privateKey;
    private final CosignatureVerifier verifier;

    private TestWitness(String name, KeyPair pair) {
        this.name = name;
        this.privateKey = pair.getPrivate();
        byte[] x509 = pair.getPublic().getEncoded();
        this.verifier = CosignatureVerifier.of(name, Arrays.copyOfRange(x509, x509.length - 32, x509.length));
    }

    public static TestWitness generate(String name) {
        try {
            return new TestWitness(name, KeyPairGenerator.getInstance("Ed25519").generateKeyPair());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public String verifierKey() {
        return verifier.verifierKey();
    }

    public CosignatureVerifier verifier() {
        return verifier;
    }

    /** The signature line cosigning {@code noteText} at {@code timestamp}, with its final newline. */
    public String cosign(String noteText, long timestamp) {
        try {
            Signature signer = Signature.getInstance("Ed25519");
            signer.initSign(privateKey);
            signer.update(CosignatureVerifier.message(noteText, timestamp));
            byte[] signature = ByteBuffer.allocate(8 + 64).putLong(timestamp).put(signer.sign()).array();
            return new SignedNote.Signature(name, verifier.keyId(), signature).line();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The checkpoint note's text (everything before the signatures). */
    public static String text(String signedNote) {
        return SignedNote.parse(signedNote).text();
    }
}
