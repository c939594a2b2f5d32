package id.gotong.ledger;

import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A C2SP transparency-log checkpoint (c2sp.org/tlog-checkpoint): the note text
 * {@code <origin>\n<tree size>\n<base64 root hash>\n} followed by optional extension lines.
 */
public record Checkpoint(String origin, long treeSize, byte[] rootHash, List<String> extensions) {
    private static final Pattern TREE_SIZE = Pattern.compile("0|[1-9][0-9]{0,18}");

    public Checkpoint {
        extensions = List.copyOf(extensions);
        if (origin.isEmpty() || origin.contains("\n")) {
            throw new IllegalArgumentException("origin must be one non-empty line");
        }
        if (treeSize < 0) {
            throw new IllegalArgumentException("negative tree size");
        }
        if (rootHash.length != MerkleHash.SIZE) {
            throw new IllegalArgumentException("root hash must be " + MerkleHash.SIZE + " bytes");
        }
        rootHash = rootHash.clone();
        for (String line : extensions) {
            if (line.isEmpty() || line.contains("\n")) {
                throw new IllegalArgumentException("extension lines must be single non-empty lines");
            }
        }
    }

    public Checkpoint(String origin, long treeSize, byte[] rootHash) {
        this(origin, treeSize, rootHash, List.of());
    }

    @Override
    public byte[] rootHash() {
        return rootHash.clone();
    }

    /** The note text. */
    public String body() {
        StringBuilder body = new StringBuilder()
                .append(origin).append('\n')
                .append(treeSize).append('\n')
                .append(Base64.getEncoder().encodeToString(rootHash)).append('\n');
        extensions.forEach(line -> body.append(line).append('\n'));
        return body.toString();
    }

    /** The signed note carrying this checkpoint. */
    public String sign(NoteSigner signer) {
        return signer.sign(body());
    }

    /** Parses a checkpoint note text (signatures already stripped by {@link NoteVerifier#verify}). */
    public static Checkpoint parse(String text) {
        if (!text.endsWith("\n")) {
            throw new VerificationException("checkpoint text must end with a newline");
        }
        String[] lines = text.substring(0, text.length() - 1).split("\n", -1);
        if (lines.length < 3) {
            throw new VerificationException("checkpoint needs origin, tree size and root hash lines");
        }
        if (!TREE_SIZE.matcher(lines[1]).matches()) {
            throw new VerificationException("malformed tree size: " + lines[1]);
        }
        long treeSize;
        try {
            treeSize = Long.parseLong(lines[1]);
        } catch (NumberFormatException e) {
            throw new VerificationException("tree size out of range: " + lines[1]);
        }
        byte[] root = NoteVerifier.decodeBase64(lines[2]);
        if (root == null || root.length != MerkleHash.SIZE) {
            throw new VerificationException("malformed root hash: " + lines[2]);
        }
        try {
            return new Checkpoint(lines[0], treeSize, root, List.of(lines).subList(3, lines.length));
        } catch (IllegalArgumentException e) {
            throw new VerificationException("malformed checkpoint: " + e.getMessage());
        }
    }

    /**
     * Verifies a signed checkpoint note with {@code verifier} and checks it is for {@code expectedOrigin}, which an
     * auditor must pin: the same key could sign checkpoints of another log.
     */
    public static Checkpoint verify(String signedNote, NoteVerifier verifier, String expectedOrigin) {
        Checkpoint checkpoint = parse(verifier.verify(signedNote));
        if (!checkpoint.origin.equals(expectedOrigin)) {
            throw new VerificationException("checkpoint is for origin " + checkpoint.origin
                    + ", not " + expectedOrigin);
        }
        return checkpoint;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Checkpoint c && origin.equals(c.origin) && treeSize == c.treeSize
                && Arrays.equals(rootHash, c.rootHash) && extensions.equals(c.extensions);
    }

    @Override
    public int hashCode() {
        return Objects.hash(origin, treeSize, Arrays.hashCode(rootHash), extensions);
    }

    @Override
    public String toString() {
        return "Checkpoint[" + body().replace("\n", "\\n") + "]";
    }
}
