package id.gotong.ledger;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** The RFC 6962 / RFC 9162 §2.1.1 hashing rules, with SHA-256. */
public final class MerkleHash {
    public static final int SIZE = 32;

    private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    });

    private MerkleHash() {
    }

    /** MTH({}) = SHA-256() — the root of the empty tree. */
    public static byte[] emptyRoot() {
        return SHA256.get().digest();
    }

    /** SHA-256(0x00 ‖ leaf). */
    public static byte[] leaf(byte[] leafData) {
        MessageDigest md = SHA256.get();
        md.update((byte) 0x00);
        return md.digest(leafData);
    }

    /** SHA-256(0x01 ‖ left ‖ right). */
    public static byte[] node(byte[] left, byte[] right) {
        MessageDigest md = SHA256.get();
        md.update((byte) 0x01);
        md.update(left);
        return md.digest(right);
    }
}
