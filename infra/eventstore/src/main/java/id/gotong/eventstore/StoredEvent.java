package id.gotong.eventstore;

import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.TrackedDomainEventData;
import org.axonframework.eventhandling.TrackedEventData;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SimpleSerializedObject;
import org.bson.BsonDocument;
import org.bson.BsonValue;

import java.time.Instant;

/**
 * Reads one event out of a commit document. Events published outside an aggregate keep no aggregate fields, so
 * they come back as plain (not domain) events.
 */
final class StoredEvent {

    private StoredEvent() {
    }

    static TrackedEventData<String> tracked(long position, BsonDocument event) {
        TrackingToken token = new GlobalSequenceTrackingToken(position);
        if (event.containsKey(CommitDocument.AGGREGATE_ID)) {
            return new TrackedDomainEventData<>(token, domain(event));
        }
        return new PlainEvent(token, event);
    }

    static GenericDomainEventEntry<String> domain(BsonDocument event) {
        BsonValue aggregateType = event.get(CommitDocument.AGGREGATE_TYPE);
        return new GenericDomainEventEntry<>(
                aggregateType == null || aggregateType.isNull() ? null : aggregateType.asString().getValue(),
                event.getString(CommitDocument.AGGREGATE_ID).getValue(),
                event.getInt64(CommitDocument.SEQUENCE_NUMBER).getValue(),
                event.getString(CommitDocument.EVENT_ID).getValue(),
                Instant.parse(event.getString(CommitDocument.TIMESTAMP).getValue()),
                event.getString(CommitDocument.PAYLOAD_TYPE).getValue(),
                revision(event),
                JsonBson.toJson(event.get(CommitDocument.PAYLOAD)),
                JsonBson.toJson(event.get(CommitDocument.METADATA)));
    }

    private static String revision(BsonDocument event) {
        BsonValue revision = event.get(CommitDocument.PAYLOAD_REVISION);
        return revision == null || revision.isNull() ? null : revision.asString().getValue();
    }

    private record PlainEvent(TrackingToken trackingToken, BsonDocument event) implements TrackedEventData<String> {

        @Override
        public String getEventIdentifier() {
            return event.getString(CommitDocument.EVENT_ID).getValue();
        }

        @Override
        public Instant getTimestamp() {
            return Instant.parse(event.getString(CommitDocument.TIMESTAMP).getValue());
        }

        @Override
        public SerializedObject<String> getMetaData() {
            return new SimpleSerializedObject<>(JsonBson.toJson(event.get(CommitDocument.METADATA)), String.class,
                    "org.axonframework.messaging.MetaData", null);
        }

        @Override
        public SerializedObject<String> getPayload() {
            return new SimpleSerializedObject<>(JsonBson.toJson(event.get(CommitDocument.PAYLOAD)), String.class,
                    event.getString(CommitDocument.PAYLOAD_TYPE).getValue(), revision(event));
        }
    }
}
