package id.gotong.personaldata;

/**
 * How a piece of personal data is stored inside an event:
 * {@code {"subject": "ds-…", "alg": "A256GCM", "iv": "…", "ct": "…"}}, the IV and the ciphertext (with its 128-bit
 * GCM tag at the end) in unpadded base64url.
 *
 * @param alg the algorithm, {@value PersonalDataCipher#ALGORITHM}; named so that a later one can sit beside it
 */
public record Envelope(String subject, String alg, byte[] iv, byte[] ct) {
}
