package id.gotong.eventstore;

import com.mongodb.client.MongoCollection;
import org.bson.BsonArray;
import org.bson.BsonDocument;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.LongStream;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;

/** Reads stored events by global position, straight from the commit documents. */
public final class EventLog {

    /** One stored event (the subdocument of its commit) at its global position. */
    public record Entry(long position, BsonDocument event) {
    }

    private EventLog() {
    }

    /**
     * The events at positions {@code start} (inclusive) to {@code end} (exclusive), stopping at the first missing
     * position: a ledger reader must never step over a hole.
     * <p>
     * Two equality lookups on unique keys: the commit covering {@code start} (it may begin before it) by
     * {@code positions}, then every commit beginning in {@code (start, end)} by {@code _id}. A {@code $in} over the
     * multikey {@code positions} would return a commit once per matching position on the embedded server, which for
     * large commits multiplies the data read.
     */
    public static List<Entry> read(MongoCollection<BsonDocument> commits, long start, long end) {
        List<Entry> result = new ArrayList<>();
        if (end <= start) {
            return result;
        }
        Map<Long, BsonDocument> byFirst = new TreeMap<>();
        BsonDocument covering = commits.find(eq(CommitDocument.POSITIONS, start)).first();
        if (covering == null) {
            return result;
        }
        byFirst.put(CommitDocument.first(covering), covering);
        if (end > start + 1) {
            List<Long> firsts = LongStream.range(start + 1, end).boxed().toList();
            for (BsonDocument commit : commits.find(in(CommitDocument.ID, firsts))) {
                byFirst.putIfAbsent(CommitDocument.first(commit), commit);
            }
        }
        long expected = start;
        for (Map.Entry<Long, BsonDocument> commit : byFirst.entrySet()) {
            long first = commit.getKey();
            if (first > expected) {
                break;
            }
            BsonArray stored = commit.getValue().getArray(CommitDocument.EVENTS);
            for (int i = 0; i < stored.size() && first + i < end; i++) {
                if (first + i == expected) {
                    result.add(new Entry(expected, stored.get(i).asDocument()));
                    expected++;
                }
            }
        }
        return result;
    }
}
