package id.gotong.ledger;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

/**
 * A C2SP signed note (c2sp.org/signed-note) split into its text and its signature lines, without checking any
 * signature: that is for {@link NoteVerifier} and {@link CosignatureVerifier}, each of which knows its keys.
 */
public record SignedNote(String text, List<Signature> signatures) {
    /** More signature lines than this make the note malformed; the spec asks verifiers to accept at least 16. */
    public static final int MAX_SIGNATURES = 100;

    public SignedNote {
        signatures = List.copyOf(signatures);
    }

    /** One signature line: {@code — <name> base64(key id ‖ signature)}. */
    public record Signature(String name, int keyId, byte[] signature) {
        public Signature {
            signature = signature.clone();
        }

        @Override
        public byte[] signature() {
            return signature.clone();
        }

        /** The line, with its final newline. */
        public String line() {
            byte[] blob = ByteBuffer.allocate(4 + signature.length).putInt(keyId).put(signature).array();
            return NoteVerifier.SIG_PREFIX + name + " " + Base64.getEncoder().encodeToString(blob) + "\n";
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Signature s && name.equals(s.name) && keyId == s.keyId
                    && Arrays.equals(signature, s.signature);
        }

        @Override
        public int hashCode() {
            return 31 * (31 * name.hashCode() + keyId) + Arrays.hashCode(signature);
        }
    }

    public static SignedNote parse(String note) {
        return parse(note.getBytes(StandardCharsets.UTF_8));
    }

    /** Splits a note at its last blank line and parses the signature lines; throws if the note is malformed. */
    public static SignedNote parse(byte[] signedNote) {
        String note = decodeStrictUtf8(signedNote);
        NoteVerifier.checkNoteCharacters(note);
        int split = note.lastIndexOf("\n\n");
        if (split < 0) {
            throw new VerificationException("malformed note: no blank line before the signatures");
        }
        String text = note.substring(0, split + 1);
        String block = note.substring(split + 2);
        if (block.isEmpty() || !block.endsWith("\n")) {
            throw new VerificationException("malformed note: signature block must end with a newline");
        }
        String[] lines = block.substring(0, block.length() - 1).split("\n", -1);
        if (lines.length > MAX_SIGNATURES) {
            throw new VerificationException("malformed note: more than " + MAX_SIGNATURES + " signatures");
        }
        List<Signature> signatures = new ArrayList<>(lines.length);
        for (String line : lines) {
            if (!line.startsWith(NoteVerifier.SIG_PREFIX)) {
                throw new VerificationException("malformed note: not a signature line: " + line);
            }
            int space = line.indexOf(' ', NoteVerifier.SIG_PREFIX.length());
            String name = space < 0 ? "" : line.substring(NoteVerifier.SIG_PREFIX.length(), space);
            byte[] blob = space < 0 ? null : NoteVerifier.decodeBase64(line.substring(space + 1));
            if (!NoteVerifier.isValidKeyName(name) || blob == null || blob.length < 5) {
                throw new VerificationException("malformed note: bad signature line: " + line);
            }
            signatures.add(new Signature(name, ByteBuffer.wrap(blob).getInt(), Arrays.copyOfRange(blob, 4, blob.length)));
        }
        return new SignedNote(text, signatures);
    }

    /** The note: the text, a blank line, and the signature lines. */
    public String note() {
        StringBuilder note = new StringBuilder(text).append('\n');
        signatures.forEach(s -> note.append(s.line()));
        return note.toString();
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
}
