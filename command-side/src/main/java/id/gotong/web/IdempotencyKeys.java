package id.gotong.web;

import java.util.Optional;

/**
 * Remembers the answer to each write made with an {@code Idempotency-Key}, per caller, so a retried request returns
 * the first answer and appends nothing.
 */
public interface IdempotencyKeys {

    /** What is known about a key: still being handled, or answered with {@code recorded}. */
    record Entry(String requestHash, Recorded recorded) {
        public boolean answered() {
            return recorded != null;
        }
    }

    /** Claims the key for a request; returns the existing entry instead if the key was used before. */
    Optional<Entry> claim(String callerId, String key, String requestHash);

    void answer(String callerId, String key, Recorded recorded);

    /** Frees a claimed key after the request was refused, so the same key may be used for a corrected request. */
    void release(String callerId, String key);
}
