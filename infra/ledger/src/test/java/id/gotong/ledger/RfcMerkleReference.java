package id.gotong.ledger;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;

/**
 * RFC 6962 §2.1 / RFC 9162 §2.1 written down literally (MTH, PATH, PROOF/SUBPROOF over a list of leaves), with its own
 * SHA-256 calls, as the independent oracle for {@link MerkleTree}. Quadratic and proud of it.
 */
final class RfcMerkleReference {
    private RfcMerkleReference() {
    }

    static byte[] sha256(byte[]... parts) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (byte[] part : parts) {
                md.update(part);
            }
            return md.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }

    /** The largest power of two smaller than n (n > 1). */
    static int k(int n) {
        int k = 1;
        while (k << 1 < n) {
            k <<= 1;
        }
        return k;
    }

    static byte[] mth(List<byte[]> d) {
        int n = d.size();
        if (n == 0) {
            return sha256();
        }
        if (n == 1) {
            return sha256(new byte[] {0x00}, d.get(0));
        }
        int k = k(n);
        return sha256(new byte[] {0x01}, mth(d.subList(0, k)), mth(d.subList(k, n)));
    }

    static List<byte[]> path(int m, List<byte[]> d) {
        int n = d.size();
        List<byte[]> result = new ArrayList<>();
        if (n == 1) {
            return result;
        }
        int k = k(n);
        if (m < k) {
            result.addAll(path(m, d.subList(0, k)));
            result.add(mth(d.subList(k, n)));
        } else {
            result.addAll(path(m - k, d.subList(k, n)));
            result.add(mth(d.subList(0, k)));
        }
        return result;
    }

    static List<byte[]> proof(int m, List<byte[]> d) {
        return subproof(m, d, true);
    }

    static List<byte[]> subproof(int m, List<byte[]> d, boolean b) {
        int n = d.size();
        List<byte[]> result = new ArrayList<>();
        if (m == n) {
            if (!b) {
                result.add(mth(d));
            }
            return result;
        }
        int k = k(n);
        if (m <= k) {
            result.addAll(subproof(m, d.subList(0, k), b));
            result.add(mth(d.subList(k, n)));
        } else {
            result.addAll(subproof(m - k, d.subList(k, n), false));
            result.add(mth(d.subList(0, k)));
        }
        return result;
    }
}
