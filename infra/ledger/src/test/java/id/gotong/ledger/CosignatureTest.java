package id.gotong.ledger;

import org.junit.jupiter.api.Test;

import java.nio.ByteBuffer;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** cosignature/v1 of c2sp.org/tlog-cosignature, and notes carrying several signatures. */
class CosignatureTest {
    /** The checkpoint of the spec's example. */
    static final String BODY = "example.com/behind-the-sofa\n20852163\nCsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=\n";
    /**
     * Made independently with Python's cryptography package from the seed 00 01 … 1f: key id
     * SHA-256("witness.example/w1\n" ‖ 0x04 ‖ key)[:4], message "cosignature/v1\ntime 1679315147\n" ‖ BODY.
     */
    static final String VKEY = "witness.example/w1+e75f6532+BAOhB7/zzhC+HXDdGOdLwJln5NYwm6UNXx3chmQSVTG4";
    static final String LINE = "\u2014 witness.example/w1 519lMgAAAABkGFDLBuRDazBLVac2NE+Y+IjbjQOcXLfF9CSDZVUIoS83rE1nFZs"
            + "VE8YiWV6Ngr7lV8H6bdoBQGP/l73euDMQ9k+bBQ==\n";

    @Test
    void anIndependentlyMadeCosignatureVerifies() {
        CosignatureVerifier witness = CosignatureVerifier.parse(VKEY);
        assertThat(witness.verifierKey()).isEqualTo(VKEY);
        assertThat(witness.id()).isEqualTo("witness.example/w1+e75f6532");
        SignedNote note = SignedNote.parse(BODY + "\n" + LINE);
        assertThat(witness.verify(note)).isEqualTo(1679315147L);
        assertThatThrownBy(() -> witness.verify(SignedNote.parse(BODY.replace("20852163", "20852164") + "\n" + LINE)))
                .isInstanceOf(VerificationException.class).hasMessageContaining("invalid cosignature");
    }

    @Test
    void aCheckpointCarriesTheLogSignatureAndCosignaturesAndEachKeyFindsItsOwn() {
        NoteSigner log = NoteSigner.generate("example.com/behind-the-sofa");
        TestWitness w1 = TestWitness.generate("witness.example/w1");
        TestWitness w2 = TestWitness.generate("witness.example/w2");
        String note = log.sign(BODY) + w1.cosign(BODY, 1_700_000_000L) + w2.cosign(BODY, 1_700_000_001L);
        assertThat(Checkpoint.verify(note, log.verifier(), "example.com/behind-the-sofa").treeSize()).isEqualTo(20852163);
        SignedNote parsed = SignedNote.parse(note);
        assertThat(parsed.note()).isEqualTo(note);
        assertThat(parsed.signatures()).hasSize(3);
        assertThat(w1.verifier().verify(parsed)).isEqualTo(1_700_000_000L);
        assertThat(w2.verifier().verify(parsed)).isEqualTo(1_700_000_001L);
        assertThat(CosignatureVerifier.parse(w1.verifierKey()).verify(parsed)).isEqualTo(1_700_000_000L);
        assertThatThrownBy(() -> TestWitness.generate("witness.example/w3").verifier().verify(parsed))
                .isInstanceOf(VerificationException.class).hasMessageContaining("no cosignature");
    }

    @Test
    void aCosignatureIsOverTheTimeAndTheWholeTextAndNothingElse() {
        TestWitness witness = TestWitness.generate("witness.example/w1");
        CosignatureVerifier key = witness.verifier();
        SignedNote.Signature line = SignedNote.parse(BODY + "\n" + witness.cosign(BODY, 1_700_000_000L))
                .signatures().get(0);
        assertThat(key.verify(BODY, line)).isEqualTo(1_700_000_000L);
        assertThatThrownBy(() -> key.verify(BODY + "extension\n", line)).isInstanceOf(VerificationException.class);

        byte[] redated = line.signature();
        ByteBuffer.wrap(redated).putLong(1_700_000_001L);
        assertThatThrownBy(() -> key.verify(BODY, new SignedNote.Signature(line.name(), line.keyId(), redated)))
                .isInstanceOf(VerificationException.class).hasMessageContaining("invalid cosignature");
        byte[] flipped = line.signature();
        flipped[20] ^= 1;
        assertThatThrownBy(() -> key.verify(BODY, new SignedNote.Signature(line.name(), line.keyId(), flipped)))
                .isInstanceOf(VerificationException.class).hasMessageContaining("invalid cosignature");
        byte[] bare = java.util.Arrays.copyOfRange(line.signature(), 8, 72);
        assertThatThrownBy(() -> key.verify(BODY, new SignedNote.Signature(line.name(), line.keyId(), bare)))
                .isInstanceOf(VerificationException.class).hasMessageContaining("not 72");
        byte[] far = line.signature();
        ByteBuffer.wrap(far).putLong(-1);
        assertThatThrownBy(() -> key.verify(BODY, new SignedNote.Signature(line.name(), line.keyId(), far)))
                .isInstanceOf(VerificationException.class).hasMessageContaining("2^63");
        assertThatThrownBy(() -> CosignatureVerifier.message(BODY, -1)).isInstanceOf(IllegalArgumentException.class);
    }

    /** The type byte 0x04 is in the key and its id: a note key (0x01) is not a witness key, even for the same key. */
    @Test
    void witnessKeysAreSignatureType4() {
        NoteSigner signer = NoteSigner.generate("witness.example/w1");
        assertThatThrownBy(() -> CosignatureVerifier.parse(signer.verifierKey()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("0x04");
        assertThatThrownBy(() -> NoteVerifier.parse(VKEY)).isInstanceOf(IllegalArgumentException.class);
        CosignatureVerifier sameKey = CosignatureVerifier.of(signer.name(), signer.verifier().rawPublicKey());
        assertThat(sameKey.keyId()).isNotEqualTo(signer.keyId());
        SignedNote signed = SignedNote.parse(signer.sign(BODY));
        assertThat(sameKey.signed(signed.signatures().get(0))).isFalse();
        String wrongId = VKEY.replace("+e75f6532+", "+e75f6533+");
        assertThatThrownBy(() -> CosignatureVerifier.parse(wrongId)).isInstanceOf(IllegalArgumentException.class);
        String shortKey = "witness.example/w1+e75f6532+" + Base64.getEncoder().encodeToString(new byte[] {4, 1, 2});
        assertThatThrownBy(() -> CosignatureVerifier.parse(shortKey)).isInstanceOf(IllegalArgumentException.class);
    }
}
