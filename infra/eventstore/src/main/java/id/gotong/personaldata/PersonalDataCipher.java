package id.gotong.personaldata;

import id.gotong.events.PersonalData;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Optional;

/**
 * Seals personal data into an {@link Envelope} under its subject's key and opens it again. AES-256-GCM with a random
 * 96-bit IV per value; the subject id is the additional authenticated data, so an envelope copied under another
 * subject's id does not open.
 */
public final class PersonalDataCipher {

    public static final String ALGORITHM = "A256GCM";
    static final int IV_BYTES = 12;
    static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SubjectKeys keys;

    public PersonalDataCipher(SubjectKeys keys) {
        this.keys = keys;
    }

    public static SecretKey newKey() {
        try {
            KeyGenerator generator = KeyGenerator.getInstance("AES");
            generator.init(256, RANDOM);
            return generator.generateKey();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public Envelope seal(PersonalData data) {
        if (data.legacy() || data.erased()) {
            throw new IllegalArgumentException("Only readable data of a named subject is sealed: " + data);
        }
        byte[] iv = new byte[IV_BYTES];
        RANDOM.nextBytes(iv);
        return new Envelope(data.subject(), ALGORITHM, iv,
                run(Cipher.ENCRYPT_MODE, keys.obtain(data.subject()), data.subject(), iv,
                        data.value().getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * The data in the envelope, or {@linkplain PersonalData#erasure erased} when its subject has no key (any more).
     *
     * @throws IllegalStateException when the key is there but the envelope does not open under it: the ciphertext,
     *                               IV or subject was changed, which the ledger's verification also reports
     */
    public PersonalData open(Envelope envelope) {
        if (!ALGORITHM.equals(envelope.alg())) {
            throw new IllegalStateException("Unknown personal data algorithm " + envelope.alg());
        }
        Optional<SecretKey> key = keys.find(envelope.subject());
        if (key.isEmpty()) {
            return PersonalData.erasure(envelope.subject());
        }
        byte[] plain = run(Cipher.DECRYPT_MODE, key.get(), envelope.subject(), envelope.iv(), envelope.ct());
        return PersonalData.of(envelope.subject(), new String(plain, StandardCharsets.UTF_8));
    }

    private static byte[] run(int mode, SecretKey key, String subject, byte[] iv, byte[] input) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(subject.getBytes(StandardCharsets.UTF_8));
            return cipher.doFinal(input);
        } catch (AEADBadTagException e) {
            throw new IllegalStateException("Personal data of subject " + subject
                    + " does not open under its key: the stored envelope was altered", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
