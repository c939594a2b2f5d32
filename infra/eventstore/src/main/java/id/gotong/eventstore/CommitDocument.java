package id.gotong.eventstore;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.bson.BsonArray;
import org.bson.BsonDateTime;
import org.bson.BsonDocument;
import org.bson.BsonInt32;
import org.bson.BsonInt64;
import org.bson.BsonNull;
import org.bson.BsonString;
import org.bson.BsonValue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The shape of a commit in the {@code events} collection: one document holding every event of one unit of work.
 *
 * <pre>
 * { _id: 41, count: 2, positions: [41, 42], aggregateKeys: ["agr-7|3", "agr-7|4"], eventIds: [..],
 *   committedAt: ISODate, events: [ {eventId, aggregateType, aggregateId, sequenceNumber, timestamp,
 *   payloadType, payloadRevision, payload: {...}, metadata: {...}}, ... ] }
 * </pre>
 */
final class CommitDocument {

    static final String ID = "_id";
    static final String COUNT = "count";
    static final String POSITIONS = "positions";
    static final String AGGREGATE_KEYS = "aggregateKeys";
    static final String EVENT_IDS = "eventIds";
    static final String COMMITTED_AT = "committedAt";
    static final String EVENTS = "events";

    static final String EVENT_ID = "eventId";
    static final String AGGREGATE_TYPE = "aggregateType";
    static final String AGGREGATE_ID = "aggregateId";
    static final String SEQUENCE_NUMBER = "sequenceNumber";
    static final String TIMESTAMP = "timestamp";
    static final String PAYLOAD_TYPE = "payloadType";
    static final String PAYLOAD_REVISION = "payloadRevision";
    static final String PAYLOAD = "payload";
    static final String METADATA = "metadata";

    private CommitDocument() {
    }

    /** The events of one commit, serialized once; positions are assigned each time an insert is attempted. */
    record Draft(BsonArray events, List<String> aggregateKeys, BsonArray eventIds) {

        BsonDocument at(long firstPosition, Instant committedAt) {
            BsonArray positions = new BsonArray();
            for (int i = 0; i < events.size(); i++) {
                positions.add(new BsonInt64(firstPosition + i));
            }
            BsonDocument commit = new BsonDocument(ID, new BsonInt64(firstPosition))
                    .append(COUNT, new BsonInt32(events.size()))
                    .append(POSITIONS, positions);
            // Absent rather than empty: a unique index treats every empty array as the same key.
            if (!aggregateKeys.isEmpty()) {
                BsonArray keys = new BsonArray();
                aggregateKeys.forEach(k -> keys.add(new BsonString(k)));
                commit.append(AGGREGATE_KEYS, keys);
            }
            return commit.append(EVENT_IDS, eventIds)
                         .append(COMMITTED_AT, new BsonDateTime(committedAt.toEpochMilli()))
                         .append(EVENTS, events);
        }
    }

    static Draft draft(List<? extends EventMessage<?>> messages, Serializer serializer) {
        BsonArray events = new BsonArray();
        List<String> aggregateKeys = new ArrayList<>();
        BsonArray eventIds = new BsonArray();
        for (EventMessage<?> message : messages) {
            events.add(event(message, serializer));
            eventIds.add(new BsonString(message.getIdentifier()));
            if (message instanceof DomainEventMessage<?> domain && domain.getAggregateIdentifier() != null) {
                aggregateKeys.add(aggregateKey(domain.getAggregateIdentifier(), domain.getSequenceNumber()));
            }
        }
        return new Draft(events, aggregateKeys, eventIds);
    }

    /** One event as stored, also the shape of a snapshot document. */
    static BsonDocument event(EventMessage<?> message, Serializer serializer) {
        SerializedObject<String> payload = message.serializePayload(serializer, String.class);
        SerializedObject<String> metaData = message.serializeMetaData(serializer, String.class);
        BsonDocument event = new BsonDocument(EVENT_ID, new BsonString(message.getIdentifier()));
        if (message instanceof DomainEventMessage<?> domain && domain.getAggregateIdentifier() != null) {
            event.append(AGGREGATE_TYPE, domain.getType() == null ? BsonNull.VALUE : new BsonString(domain.getType()))
                 .append(AGGREGATE_ID, new BsonString(domain.getAggregateIdentifier()))
                 .append(SEQUENCE_NUMBER, new BsonInt64(domain.getSequenceNumber()));
        }
        return event.append(TIMESTAMP, new BsonString(message.getTimestamp().toString()))
                    .append(PAYLOAD_TYPE, new BsonString(payload.getType().getName()))
                    .append(PAYLOAD_REVISION, revision(payload))
                    .append(PAYLOAD, JsonBson.fromJson(payload.getData()))
                    .append(METADATA, JsonBson.fromJson(metaData.getData()));
    }

    private static BsonValue revision(SerializedObject<String> payload) {
        String revision = payload.getType().getRevision();
        return revision == null ? BsonNull.VALUE : new BsonString(revision);
    }

    /** The sequence number goes last: it has no separator in it, so the key is unambiguous for any aggregate id. */
    static String aggregateKey(String aggregateIdentifier, long sequenceNumber) {
        return aggregateIdentifier + "|" + sequenceNumber;
    }

    static long first(BsonDocument commit) {
        return commit.getInt64(ID).getValue();
    }

    static int count(BsonDocument commit) {
        return commit.getInt32(COUNT).getValue();
    }

    static Instant committedAt(BsonDocument commit) {
        return Instant.ofEpochMilli(commit.getDateTime(COMMITTED_AT).getValue());
    }
}
