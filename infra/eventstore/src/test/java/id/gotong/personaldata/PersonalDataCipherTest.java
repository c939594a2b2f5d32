package id.gotong.personaldata;

import id.gotong.events.PersonalData;
import org.junit.jupiter.api.Test;

import javax.crypto.SecretKey;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PersonalDataCipherTest {

    static final String BUDI = "ds-budi";
    static final PersonalData NAME = PersonalData.of(BUDI, "Budi Santoso");

    final InMemorySubjectKeys keys = new InMemorySubjectKeys();
    final PersonalDataCipher cipher = new PersonalDataCipher(keys);

    @Test
    void sealedData_opensToTheSameValue_andTheEnvelopeHoldsNoPlaintext() {
        Envelope envelope = cipher.seal(NAME);

        assertThat(envelope.subject()).isEqualTo(BUDI);
        assertThat(envelope.alg()).isEqualTo("A256GCM");
        assertThat(envelope.iv()).hasSize(12);
        assertThat(envelope.ct()).hasSize("Budi Santoso".getBytes(StandardCharsets.UTF_8).length + 16);
        assertThat(new String(envelope.ct(), StandardCharsets.ISO_8859_1)).doesNotContain("Budi");
        assertThat(cipher.open(envelope)).isEqualTo(NAME);
    }

    @Test
    void sealingTwice_drawsAFreshIvEachTime() {
        Envelope first = cipher.seal(NAME);
        Envelope second = cipher.seal(NAME);

        assertThat(first.iv()).isNotEqualTo(second.iv());
        assertThat(first.ct()).isNotEqualTo(second.ct());
        assertThat(cipher.open(second)).isEqualTo(NAME);
    }

    @Test
    void eachSubjectHasItsOwnKey() {
        cipher.seal(NAME);
        cipher.seal(PersonalData.of("ds-sari", "Sari"));

        assertThat(keys.find(BUDI).orElseThrow().getEncoded())
                .hasSize(32)
                .isNotEqualTo(keys.find("ds-sari").orElseThrow().getEncoded());
    }

    @Test
    void underAnotherKey_theEnvelopeDoesNotOpen() {
        Envelope envelope = cipher.seal(NAME);
        InMemorySubjectKeys otherKeys = new InMemorySubjectKeys();
        otherKeys.obtain(BUDI);

        assertThatThrownBy(() -> new PersonalDataCipher(otherKeys).open(envelope))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("altered")
                .hasMessageNotContaining("Budi Santoso");
    }

    @Test
    void aTamperedCiphertextOrIv_doesNotOpen() {
        Envelope envelope = cipher.seal(NAME);
        byte[] ct = envelope.ct().clone();
        ct[0] ^= 1;
        byte[] iv = envelope.iv().clone();
        iv[11] ^= (byte) 0x80;

        assertThatThrownBy(() -> cipher.open(new Envelope(BUDI, envelope.alg(), envelope.iv(), ct)))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> cipher.open(new Envelope(BUDI, envelope.alg(), iv, envelope.ct())))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> cipher.open(new Envelope(BUDI, envelope.alg(), envelope.iv(),
                Arrays.copyOf(envelope.ct(), envelope.ct().length - 1))))
                .isInstanceOf(IllegalStateException.class);
    }

    /** The subject is authenticated data: an envelope moved under another subject fails even with that key. */
    @Test
    void theSubjectIsBound_soAnEnvelopeCopiedToAnotherSubjectDoesNotOpen() {
        Envelope envelope = cipher.seal(NAME);
        // Every subject gets Budi's key here: only the additional authenticated data differs.
        SubjectKeys sameKey = new SubjectKeys() {
            @Override
            public SecretKey obtain(String subject) {
                return keys.find(BUDI).orElseThrow();
            }

            @Override
            public Optional<SecretKey> find(String subject) {
                return keys.find(BUDI);
            }
        };

        assertThat(new PersonalDataCipher(sameKey).open(envelope)).isEqualTo(NAME);
        assertThatThrownBy(() -> new PersonalDataCipher(sameKey)
                .open(new Envelope("ds-other", envelope.alg(), envelope.iv(), envelope.ct())))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void withoutAKey_theEnvelopeReadsAsErased_notAsAnError() {
        Envelope envelope = cipher.seal(NAME);
        keys.destroy(BUDI);

        PersonalData read = cipher.open(envelope);

        assertThat(read).isEqualTo(PersonalData.erasure(BUDI));
        assertThat(read.erased()).isTrue();
        assertThat(read.value()).isNull();
    }

    @Test
    void anUnknownAlgorithm_isRefused() {
        Envelope envelope = cipher.seal(NAME);

        assertThatThrownBy(() -> cipher.open(new Envelope(BUDI, "A128CBC", envelope.iv(), envelope.ct())))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void onlyReadableDataOfASubjectIsSealed() {
        assertThatThrownBy(() -> cipher.seal(PersonalData.legacyClear("Budi")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> cipher.seal(PersonalData.erasure(BUDI)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void personalData_neverShowsItsValueInText() {
        assertThat(NAME.toString()).doesNotContain("Budi Santoso").contains(BUDI);
    }
}
