package id.gotong.ledger.web;

import id.gotong.eventstore.EventLog;
import org.bson.BsonDocument;
import org.bson.BsonValue;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/**
 * The auditor's filter over stored events: by {@code payload.provenance.collaborationId}, {@code .actor}, the
 * payload type's simple name, and {@code provenance.occurredAt} within {@code [since, until]}. A null criterion
 * matches everything; an event without provenance fails every provenance criterion. Matching is in memory; the
 * events are read by position range ({@link #scan}), so every read is a key lookup.
 */
public record HistoryFilter(String collaborationId, String actor, String type, Instant since, Instant until) {
    /** Positions read per {@code readEvents} call. */
    public static final int CHUNK = 1000;

    public static final HistoryFilter ALL = new HistoryFilter(null, null, null, null, null);

    public static HistoryFilter collaboration(String collaborationId) {
        return new HistoryFilter(collaborationId, null, null, null, null);
    }

    /** The simple name of a stored payload type: after the last {@code .} and the last {@code $}. */
    public static String simpleName(String payloadType) {
        int cut = Math.max(payloadType.lastIndexOf('.'), payloadType.lastIndexOf('$'));
        return payloadType.substring(cut + 1);
    }

    public boolean matches(BsonDocument storedEvent) {
        if (type != null) {
            BsonValue payloadType = storedEvent.get("payloadType");
            if (payloadType == null || !payloadType.isString()
                    || !simpleName(payloadType.asString().getValue()).equals(type)) {
                return false;
            }
        }
        if (collaborationId == null && actor == null && since == null && until == null) {
            return true;
        }
        BsonDocument provenance = provenance(storedEvent);
        if (provenance == null) {
            return false;
        }
        if (collaborationId != null && !collaborationId.equals(string(provenance, "collaborationId"))) {
            return false;
        }
        if (actor != null && !actor.equals(string(provenance, "actor"))) {
            return false;
        }
        if (since != null || until != null) {
            Instant occurred = instant(string(provenance, "occurredAt"));
            if (occurred == null || since != null && occurred.isBefore(since)
                    || until != null && occurred.isAfter(until)) {
                return false;
            }
        }
        return true;
    }

    private static BsonDocument provenance(BsonDocument storedEvent) {
        BsonValue payload = storedEvent.get("payload");
        if (payload == null || !payload.isDocument()) {
            return null;
        }
        BsonValue provenance = payload.asDocument().get("provenance");
        return provenance != null && provenance.isDocument() ? provenance.asDocument() : null;
    }

    private static String string(BsonDocument doc, String field) {
        BsonValue value = doc.get(field);
        return value != null && value.isString() ? value.asString().getValue() : null;
    }

    private static Instant instant(String text) {
        if (text == null) {
            return null;
        }
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** The matching events found, and the position a client continues from. */
    public record Page(List<EventLog.Entry> events, long next) {
    }

    /**
     * Reads positions {@code [from, end)} in chunks of {@link #CHUNK} with {@code read} and keeps the matching
     * events, stopping after {@code limit} matches, after {@code maxScan} positions, or at the first missing position.
     * {@code next} is the first position not yet examined.
     */
    public Page scan(BiFunction<Long, Long, List<EventLog.Entry>> read, long from, long end, int limit,
                     long maxScan) {
        List<EventLog.Entry> found = new ArrayList<>();
        long stop = maxScan == Long.MAX_VALUE ? end : Math.min(end, from + maxScan);
        long position = from;
        while (position < stop && found.size() < limit) {
            List<EventLog.Entry> chunk = read.apply(position, Math.min(stop, position + CHUNK));
            if (chunk.isEmpty()) {
                break;  // a missing position: never step over a hole
            }
            for (EventLog.Entry entry : chunk) {
                if (entry.position() != position) {
                    return new Page(found, position);
                }
                position++;
                if (matches(entry.event())) {
                    found.add(entry);
                    if (found.size() == limit) {
                        break;
                    }
                }
            }
        }
        return new Page(found, position);
    }
}
