package id.gotong.personaldata;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import id.gotong.datasubject.DataSubjects;
import id.gotong.datasubject.Erasure;
import org.bson.Document;
import org.bson.types.Binary;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.Optional;

/**
 * Subject keys in the collection {@value #KEYS} ({@code _id} the subject, {@code key} 32 raw bytes, {@code createdAt}),
 * erasures in {@value #ERASURES} ({@code _id} the subject, {@code erasedAt}, {@code erasedBy}, {@code reason}). The
 * unique {@code _id} makes the first key of a subject win when two writers create it at once. An erasure is recorded
 * before the key is deleted, and every erasure deletes the key again, so an erasure cut short is finished by a retry.
 */
public class MongoSubjectKeys implements SubjectKeys, DataSubjects {

    public static final String KEYS = "subject_keys";
    public static final String ERASURES = "subject_erasures";

    private final MongoCollection<Document> keys;
    private final MongoCollection<Document> erasures;
    private final Clock clock;

    public MongoSubjectKeys(MongoDatabase database, Clock clock) {
        this.keys = database.getCollection(KEYS);
        this.erasures = database.getCollection(ERASURES);
        this.clock = clock;
    }

    @Override
    public SecretKey obtain(String subject) {
        Optional<SecretKey> existing = find(subject);
        if (existing.isPresent()) {
            return existing.get();
        }
        if (erasure(subject).isPresent()) {
            throw new IllegalStateException("Data subject " + subject + " is erased; nothing new is recorded for it");
        }
        SecretKey key = PersonalDataCipher.newKey();
        try {
            keys.insertOne(new Document("_id", subject).append("key", new Binary(key.getEncoded()))
                                                       .append("createdAt", Date.from(clock.instant())));
            return key;
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
            return find(subject).orElseThrow(() -> new IllegalStateException("Key of " + subject + " vanished"));
        }
    }

    @Override
    public Optional<SecretKey> find(String subject) {
        Document found = keys.find(Filters.eq("_id", subject)).first();
        return found == null ? Optional.empty()
                : Optional.of(new SecretKeySpec(found.get("key", Binary.class).getData(), "AES"));
    }

    @Override
    public boolean known(String subject) {
        return keys.find(Filters.eq("_id", subject)).first() != null || erasure(subject).isPresent();
    }

    @Override
    public Optional<Erasure> erasure(String subject) {
        Document found = erasures.find(Filters.eq("_id", subject)).first();
        return Optional.ofNullable(found).map(d -> new Erasure(subject, d.getDate("erasedAt").toInstant(),
                d.getString("erasedBy"), d.getString("reason")));
    }

    @Override
    public Erasure erase(String subject, String erasedBy, String reason, Instant at) {
        Instant erasedAt = at.truncatedTo(ChronoUnit.MILLIS);
        Erasure erasure;
        try {
            erasures.insertOne(new Document("_id", subject).append("erasedAt", Date.from(erasedAt))
                                                           .append("erasedBy", erasedBy).append("reason", reason));
            erasure = new Erasure(subject, erasedAt, erasedBy, reason);
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
            erasure = erasure(subject).orElseThrow();
        }
        keys.deleteOne(Filters.eq("_id", subject));
        return erasure;
    }
}
