package id.gotong.datasubject;

import java.time.Instant;
import java.util.Optional;

/** The data subjects whose personal data Gotong holds: each has a key until it is erased. */
public interface DataSubjects {

    /** Whether any personal data was ever recorded for the subject (it has a key, or had one). */
    boolean known(String subject);

    /** The subject's erasure, if it was erased. */
    Optional<Erasure> erasure(String subject);

    /**
     * Destroys the subject's key and records the erasure. Erasing an erased subject changes nothing and answers the
     * first erasure.
     */
    Erasure erase(String subject, String erasedBy, String reason, Instant erasedAt);
}
