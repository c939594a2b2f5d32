package id.gotong.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SignedNoteTest {
    // golang.org/x/mod/sumdb/note note_test.go
    private static final String PETER_VKEY = "PeterNeumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW";
    private static final String PETER_SKEY =
            "PRIVATE+KEY+PeterNeumann+c74f20a3+AYEKFALVFGyNhPJEMzD1QIDr+Y7hfZx09iUvxdXHKDFz";
    private static final String ENOCH_VKEY = "EnochRoot+af0cfe78+ATtqJ7zOtqQtYqOo0CpvDXNlMhV3HeJDpjrASKGLWdop";
    private static final String TEXT = "If you think cryptography is the answer to your problem,\n"
            + "then you don't know what your problem is.\n";
    private static final String PETER_SIG = "\u2014 PeterNeumann "
            + "x08go/ZJkuBS9UG/SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN1FFYC2pZSNXgKvqfqdngotpRZb6KE6RyyBwJnAM=\n";
    private static final String ENOCH_SIG = "\u2014 EnochRoot "
            + "rwz+eBzmZa0SO3NbfRGzPCpDckykFXSdeX+MNtCOXm2/5n2tiOHp+vAF1aGrQ5ovTG01oOTGwnWLox33WWd1RvMc+QQ=\n";

    @Test
    void goReferenceVectorSignsByteForByte() {
        NoteSigner peter = NoteSigner.parse(PETER_SKEY);
        assertThat(peter.verifierKey()).isEqualTo(PETER_VKEY);
        assertThat(peter.signerKey()).isEqualTo(PETER_SKEY);
        assertThat(NoteVerifier.hexId(peter.keyId())).isEqualTo("c74f20a3");
        assertThat(peter.sign(TEXT)).isEqualTo(TEXT + "\n" + PETER_SIG);
        assertThat(NoteVerifier.parse(PETER_VKEY).verifierKey()).isEqualTo(PETER_VKEY);
        assertThat(NoteVerifier.parse(PETER_VKEY).verify(TEXT + "\n" + PETER_SIG)).isEqualTo(TEXT);
    }

    @Test
    void unknownSignaturesAreIgnoredButTheKnownOneIsRequired() {
        NoteVerifier peter = NoteVerifier.parse(PETER_VKEY);
        NoteVerifier enoch = NoteVerifier.parse(ENOCH_VKEY);
        String both = TEXT + "\n" + PETER_SIG + ENOCH_SIG;
        assertThat(peter.verify(both)).isEqualTo(TEXT);
        assertThat(enoch.verify(both)).isEqualTo(TEXT);
        assertThatThrownBy(() -> peter.verify(TEXT + "\n" + ENOCH_SIG))
                .isInstanceOf(VerificationException.class).hasMessageContaining("no signature");
        // Same name, other key id: an unknown key, so ignored rather than failed.
        String otherId = "\u2014 PeterNeumann " + Base64.getEncoder().encodeToString(new byte[68]) + "\n";
        assertThat(peter.verify(TEXT + "\n" + otherId + PETER_SIG)).isEqualTo(TEXT);
    }

    @Test
    void tamperingIsRejected() {
        NoteVerifier peter = NoteVerifier.parse(PETER_VKEY);
        assertThatThrownBy(() -> peter.verify(TEXT.replace("cryptography", "cryptographY") + "\n" + PETER_SIG))
                .isInstanceOf(VerificationException.class).hasMessageContaining("invalid signature");
        String corrupted = PETER_SIG.substring(0, 58) + "ABCD" + PETER_SIG.substring(58);
        assertThatThrownBy(() -> peter.verify(TEXT + "\n" + corrupted))
                .isInstanceOf(VerificationException.class).hasMessageContaining("invalid signature");
        NoteSigner impostor = NoteSigner.generate("PeterNeumann");
        assertThatThrownBy(() -> peter.verify(impostor.sign(TEXT)))
                .isInstanceOf(VerificationException.class).hasMessageContaining("no signature");
    }

    /** The malformed messages of Go's TestOpen. */
    @Test
    void malformedNotesAreRejected() {
        NoteVerifier peter = NoteVerifier.parse(PETER_VKEY);
        List<byte[]> bad = List.of(
                utf8(TEXT),
                utf8(TEXT + "\n"),
                utf8(TEXT + "\n" + PETER_SIG.substring(0, PETER_SIG.length() - 1)),
                utf8("\u0001" + TEXT + "\n" + PETER_SIG),
                concat(new byte[] {(byte) 0xff}, utf8(TEXT + "\n" + PETER_SIG)),
                utf8(TEXT + "\n" + "\u2014 Bad Name x08go/ZJkuBS9UG/SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN1FFYC2pZSNXgKvqfqdngotpRZb6KE6RyyBwJnAM="),
                utf8(TEXT + "\n" + PETER_SIG + "Unexpected line.\n"),
                utf8(TEXT + "\n" + PETER_SIG.repeat(101)));
        for (byte[] note : bad) {
            assertThatThrownBy(() -> peter.verify(note)).isInstanceOf(VerificationException.class)
                    .hasMessageContaining("malformed");
        }
    }

    /** Go's TestNewVerifier / TestNewSigner: every truncation or single-byte change of a key is refused. */
    @Test
    void mangledKeysAreRejected() {
        assertEveryManglingRejected(PETER_VKEY, NoteVerifier::parse);
        assertEveryManglingRejected(PETER_SKEY, NoteSigner::parse);
        assertThatThrownBy(() -> NoteVerifier.parse(
                "PeterNeumann+cc469956+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TWBADKEY=="))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> NoteVerifier.parse(
                "PeterNeumann+173116ae+ZRpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void generatedKeysRoundTrip() {
        NoteSigner signer = NoteSigner.generate("gotong.example/ledger");
        NoteVerifier verifier = NoteVerifier.parse(signer.verifierKey());
        assertThat(verifier.keyId()).isEqualTo(signer.keyId());
        assertThat(signer.verifierKey()).matches("gotong\\.example/ledger\\+[0-9a-f]{8}\\+[A-Za-z0-9+/]{44}");
        String note = signer.sign("hello\n\nworld\n");
        assertThat(note).endsWith("\n\n\u2014 gotong.example/ledger " + note.substring(note.lastIndexOf(' ') + 1));
        assertThat(verifier.verify(note)).isEqualTo("hello\n\nworld\n");
        assertThat(NoteSigner.parse(signer.signerKey()).verifierKey()).isEqualTo(signer.verifierKey());
        assertThatThrownBy(() -> signer.sign("no newline")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> signer.sign("tab\there\n")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> NoteSigner.generate("has space")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> NoteSigner.generate("has+plus")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> NoteSigner.generate("")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void privateKeyFileIsOwnerOnly(@TempDir Path dir) throws Exception {
        NoteSigner signer = NoteSigner.generate("gotong.example/ledger");
        Path file = dir.resolve("checkpoint.key");
        signer.save(file);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(Files.readString(file)).isEqualTo(signer.signerKey() + "\n");
        NoteSigner loaded = NoteSigner.load(file);
        assertThat(loaded.verifierKey()).isEqualTo(signer.verifierKey());
        assertThat(signer.verifier().verify(loaded.sign("same key\n"))).isEqualTo("same key\n");
        assertThatThrownBy(() -> signer.save(file)).isInstanceOf(FileAlreadyExistsException.class);
    }

    @Test
    void checkpointRoundTrip() {
        MerkleTree tree = MerkleTree.create(new InMemoryTreeNodes());
        MerkleTreeTest.leaves(10).forEach(tree::append);
        NoteSigner signer = NoteSigner.generate("gotong.example/ledger");
        Checkpoint checkpoint = new Checkpoint("gotong.example/ledger", 10, tree.root(10));
        assertThat(checkpoint.body()).isEqualTo("gotong.example/ledger\n10\n"
                + Base64.getEncoder().encodeToString(tree.root(10)) + "\n");
        String note = checkpoint.sign(signer);
        assertThat(Checkpoint.verify(note, signer.verifier(), "gotong.example/ledger")).isEqualTo(checkpoint);
        assertThatThrownBy(() -> Checkpoint.verify(note, signer.verifier(), "other.example/log"))
                .isInstanceOf(VerificationException.class);
        assertThatThrownBy(() -> Checkpoint.verify(note.replace("\n10\n", "\n11\n"), signer.verifier(),
                "gotong.example/ledger")).isInstanceOf(VerificationException.class);
        assertThatThrownBy(() -> Checkpoint.verify(note, NoteSigner.generate("gotong.example/ledger").verifier(),
                "gotong.example/ledger")).isInstanceOf(VerificationException.class);
    }

    @Test
    void checkpointParsing() {
        // The example in c2sp.org/tlog-checkpoint.
        Checkpoint sofa = Checkpoint.parse(
                "example.com/behind-the-sofa\n20852163\nCsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=\n");
        assertThat(sofa.origin()).isEqualTo("example.com/behind-the-sofa");
        assertThat(sofa.treeSize()).isEqualTo(20852163);
        assertThat(sofa.body()).isEqualTo(
                "example.com/behind-the-sofa\n20852163\nCsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=\n");
        Checkpoint withExtension = Checkpoint.parse("o\n0\nCsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=\next\n");
        assertThat(withExtension.extensions()).containsExactly("ext");
        assertThat(withExtension.treeSize()).isZero();
        String hash = "CsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=";
        for (String bad : new String[] {
                "o\n01\n" + hash + "\n",                       // leading zero
                "o\n-1\n" + hash + "\n",
                "o\n1\n" + hash,                               // no final newline
                "o\n1\n",                                      // no hash
                "\n1\n" + hash + "\n",                         // empty origin
                "o\n1\n" + hash + "\n\n",                      // empty extension line
                "o\n1\nCsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I\n",   // unpadded base64
                "o\n1\nAAAA\n",                                // not 32 bytes
                "o\n99999999999999999999\n" + hash + "\n"}) {
            assertThatThrownBy(() -> Checkpoint.parse(bad)).as(bad).isInstanceOf(VerificationException.class);
        }
    }

    private interface Parser {
        Object parse(String key);
    }

    private static void assertEveryManglingRejected(String key, Parser parser) {
        parser.parse(key);
        byte[] b = key.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i <= b.length; i++) {
            for (int j = i + 1; j <= b.length; j++) {
                if (i != 0 || j != b.length) {
                    assertRejected(parser, new String(b, i, j - i, StandardCharsets.UTF_8));
                }
            }
        }
        for (int i = 0; i < b.length; i++) {
            b[i]++;
            assertRejected(parser, new String(b, StandardCharsets.UTF_8));
            b[i]--;
        }
    }

    private static void assertRejected(Parser parser, String key) {
        assertThatThrownBy(() -> parser.parse(key)).as(key).isInstanceOf(IllegalArgumentException.class);
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] c = new byte[a.length + b.length];
        System.arraycopy(a, 0, c, 0, a.length);
        System.arraycopy(b, 0, c, a.length, b.length);
        return c;
    }
}
