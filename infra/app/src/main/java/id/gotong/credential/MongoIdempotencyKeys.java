package id.gotong.credential;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import id.gotong.act.AppendedEvents;
import id.gotong.web.IdempotencyKeys;
import id.gotong.web.Recorded;
import org.bson.Document;

import java.time.Clock;
import java.util.Date;
import java.util.List;
import java.util.Optional;

/** Idempotency keys in MongoDB: the unique {@code _id} (caller and key) makes the first claim win across processes. */
public class MongoIdempotencyKeys implements IdempotencyKeys {

    private final MongoCollection<Document> keys;
    private final Clock clock;

    public MongoIdempotencyKeys(MongoDatabase database, Clock clock) {
        this.keys = database.getCollection("idempotency_keys");
        this.clock = clock;
    }

    @Override
    public Optional<Entry> claim(String callerId, String key, String requestHash) {
        Document id = id(callerId, key);
        try {
            keys.insertOne(new Document("_id", id).append("requestHash", requestHash)
                                                  .append("claimedAt", Date.from(clock.instant())));
            return Optional.empty();
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
            Document found = keys.find(Filters.eq("_id", id)).first();
            return Optional.of(new Entry(found.getString("requestHash"), recorded(found)));
        }
    }

    @Override
    public void answer(String callerId, String key, Recorded recorded) {
        List<Document> events = recorded.events().stream()
                .map(e -> new Document("eventId", e.eventId()).append("position", e.position())).toList();
        keys.updateOne(Filters.eq("_id", id(callerId, key)),
                Updates.set("answer", new Document("id", recorded.id()).append("events", events)));
    }

    @Override
    public void release(String callerId, String key) {
        keys.deleteOne(Filters.eq("_id", id(callerId, key)));
    }

    private static Document id(String callerId, String key) {
        return new Document("caller", callerId).append("key", key);
    }

    private static Recorded recorded(Document found) {
        Document answer = found.get("answer", Document.class);
        if (answer == null) {
            return null;
        }
        List<AppendedEvents.Appended> events = answer.getList("events", Document.class).stream()
                .map(e -> new AppendedEvents.Appended(e.getString("eventId"), e.getLong("position"))).toList();
        return new Recorded(answer.getString("id"), events);
    }
}
