package id.gotong.personaldata;

import javax.crypto.SecretKey;
import java.util.Optional;

/** One AES-256 key per data subject. */
public interface SubjectKeys {

    /** The subject's key, created on first use; refused for an erased subject. */
    SecretKey obtain(String subject);

    /** The subject's key, or empty if it has none: never had one, or was erased. */
    Optional<SecretKey> find(String subject);

    /** Keys held in memory only, lost with the process: for benchmarks and tests, never for data that is kept. */
    static SubjectKeys inMemory() {
        return new InMemorySubjectKeys();
    }
}
