package id.gotong.ledger;

import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;

/**
 * The auditor's side: RFC 9162 §2.1.3.2 and §2.1.4.2, step for step. Needs nothing from the log but the proof.
 */
public final class MerkleVerifier {
    private MerkleVerifier() {
    }

    /** Whether {@link #verifyInclusion} accepts. */
    public static boolean isValidInclusion(long leafIndex, long treeSize, byte[] leafHash, List<byte[]> path,
                                           byte[] rootHash) {
        try {
            verifyInclusion(leafIndex, treeSize, leafHash, path, rootHash);
            return true;
        } catch (VerificationException e) {
            return false;
        }
    }

    /** Whether {@link #verifyConsistency} accepts. */
    public static boolean isValidConsistency(long firstSize, long secondSize, byte[] firstHash, byte[] secondHash,
                                             List<byte[]> path) {
        try {
            verifyConsistency(firstSize, secondSize, firstHash, secondHash, path);
            return true;
        } catch (VerificationException e) {
            return false;
        }
    }

    /** RFC 9162 §2.1.3.2: proves the leaf with {@code leafHash} is leaf {@code leafIndex} of the tree with {@code rootHash}. */
    public static void verifyInclusion(long leafIndex, long treeSize, byte[] leafHash, List<byte[]> path,
                                       byte[] rootHash) {
        checkHashes(path);
        checkHash(leafHash, "leaf hash");
        checkHash(rootHash, "root hash");
        if (leafIndex < 0 || leafIndex >= treeSize) {
            throw new VerificationException("leaf index " + leafIndex + " is not below tree size " + treeSize);
        }
        long fn = leafIndex;
        long sn = treeSize - 1;
        byte[] r = leafHash;
        for (byte[] p : path) {
            if (sn == 0) {
                throw new VerificationException("inclusion path is longer than the tree is deep");
            }
            if ((fn & 1) == 1 || fn == sn) {
                r = MerkleHash.node(p, r);
                while ((fn & 1) == 0 && fn != 0) {
                    fn >>= 1;
                    sn >>= 1;
                }
            } else {
                r = MerkleHash.node(r, p);
            }
            fn >>= 1;
            sn >>= 1;
        }
        if (sn != 0) {
            throw new VerificationException("inclusion path is shorter than the tree is deep");
        }
        if (!MessageDigest.isEqual(r, rootHash)) {
            throw new VerificationException("inclusion path leads to a different root");
        }
    }

    /**
     * RFC 9162 §2.1.4.2: proves the tree of {@code secondSize} leaves extends the tree of {@code firstSize}. The RFC
     * covers 0 < first < second; equal sizes need an empty proof and equal roots, and a first size of 0 an empty proof
     * and the empty-tree root, since every tree extends the empty one.
     */
    public static void verifyConsistency(long firstSize, long secondSize, byte[] firstHash, byte[] secondHash,
                                         List<byte[]> path) {
        checkHashes(path);
        checkHash(firstHash, "first root hash");
        checkHash(secondHash, "second root hash");
        if (firstSize < 0 || firstSize > secondSize) {
            throw new VerificationException("tree size " + firstSize + " cannot precede " + secondSize);
        }
        if (firstSize == secondSize || firstSize == 0) {
            if (!path.isEmpty()) {
                throw new VerificationException("consistency proof should be empty");
            }
            byte[] expected = firstSize == 0 ? MerkleHash.emptyRoot() : secondHash;
            if (!MessageDigest.isEqual(firstHash, expected)) {
                throw new VerificationException("first root hash does not match");
            }
            return;
        }
        if (path.isEmpty()) {
            throw new VerificationException("consistency proof is empty");
        }
        List<byte[]> proof = new ArrayList<>(path);
        if (Long.bitCount(firstSize) == 1) {
            proof.add(0, firstHash);
        }
        long fn = firstSize - 1;
        long sn = secondSize - 1;
        while ((fn & 1) == 1) {
            fn >>= 1;
            sn >>= 1;
        }
        byte[] fr = proof.get(0);
        byte[] sr = proof.get(0);
        for (byte[] c : proof.subList(1, proof.size())) {
            if (sn == 0) {
                throw new VerificationException("consistency proof is too long");
            }
            if ((fn & 1) == 1 || fn == sn) {
                fr = MerkleHash.node(c, fr);
                sr = MerkleHash.node(c, sr);
                while ((fn & 1) == 0 && fn != 0) {
                    fn >>= 1;
                    sn >>= 1;
                }
            } else {
                sr = MerkleHash.node(sr, c);
            }
            fn >>= 1;
            sn >>= 1;
        }
        if (sn != 0) {
            throw new VerificationException("consistency proof is too short");
        }
        if (!MessageDigest.isEqual(fr, firstHash)) {
            throw new VerificationException("consistency proof does not lead to the first root");
        }
        if (!MessageDigest.isEqual(sr, secondHash)) {
            throw new VerificationException("consistency proof does not lead to the second root");
        }
    }

    private static void checkHashes(List<byte[]> path) {
        for (byte[] hash : path) {
            checkHash(hash, "proof hash");
        }
    }

    private static void checkHash(byte[] hash, String what) {
        if (hash == null || hash.length != MerkleHash.SIZE) {
            throw new VerificationException(what + " is not " + MerkleHash.SIZE + " bytes");
        }
    }
}
