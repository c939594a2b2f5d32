package id.gotong.personaldata;

import javax.crypto.SecretKey;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

final class InMemorySubjectKeys implements SubjectKeys {

    private final Map<String, SecretKey> keys = new ConcurrentHashMap<>();

    @Override
    public SecretKey obtain(String subject) {
        return keys.computeIfAbsent(subject, s -> PersonalDataCipher.newKey());
    }

    @Override
    public Optional<SecretKey> find(String subject) {
        return Optional.ofNullable(keys.get(subject));
    }

    void destroy(String subject) {
        keys.remove(subject);
    }
}
