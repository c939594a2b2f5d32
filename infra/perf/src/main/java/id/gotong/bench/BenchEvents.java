package id.gotong.bench;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.Revision;
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

/** The events the benchmark appends, and the raw commit documents it inserts through the driver. */
final class BenchEvents {

    /** Commits per aggregate before a writer moves on to a new aggregate. */
    static final int COMMITS_PER_AGGREGATE = 10;
    private static final MetaData META = MetaData.with("actor", "diskominfo-surakarta");

    /** A payload of a typical size: strings, a number, an instant and a list. */
    @Revision("1")
    public record ClauseRecorded(String agreementId, String clause, long number, Instant at, List<String> parties) {
    }

    private BenchEvents() {
    }

    /**
     * The {@code commitIndex}-th commit of one writer: {@code eventsPerCommit} events of that writer's own aggregate
     * (a writer moves to a fresh aggregate every {@link #COMMITS_PER_AGGREGATE} commits).
     */
    static List<EventMessage<?>> commit(String writer, int commitIndex, int eventsPerCommit) {
        String aggregate = writer + "-" + commitIndex / COMMITS_PER_AGGREGATE;
        long firstSequence = (long) (commitIndex % COMMITS_PER_AGGREGATE) * eventsPerCommit;
        List<EventMessage<?>> events = new ArrayList<>(eventsPerCommit);
        for (int i = 0; i < eventsPerCommit; i++) {
            long sequence = firstSequence + i;
            ClauseRecorded payload = new ClauseRecorded(aggregate, "Clause " + sequence + " of the agreement on "
                    + "shared maintenance of the village irrigation channel", sequence, Instant.now(),
                    List.of("desa-" + writer, "dinas-pertanian", "p3a-mitra-cai"));
            events.add(new GenericDomainEventMessage<>("Agreement", aggregate, sequence, payload, META));
        }
        return events;
    }

    /**
     * The same document shape as {@code id.gotong.eventstore.CommitDocument} (replicated here because that class is
     * package-private): {@code _id} = first position, {@code count}, {@code positions}, {@code aggregateKeys},
     * {@code eventIds}, {@code committedAt} and the events with payload and metadata as documents.
     */
    static BsonDocument rawCommit(List<EventMessage<?>> messages, long firstPosition, Serializer serializer) {
        BsonArray events = new BsonArray();
        BsonArray positions = new BsonArray();
        BsonArray aggregateKeys = new BsonArray();
        BsonArray eventIds = new BsonArray();
        for (int i = 0; i < messages.size(); i++) {
            EventMessage<?> message = messages.get(i);
            positions.add(new BsonInt64(firstPosition + i));
            eventIds.add(new BsonString(message.getIdentifier()));
            BsonDocument event = new BsonDocument("eventId", new BsonString(message.getIdentifier()));
            if (message instanceof DomainEventMessage<?> domain) {
                aggregateKeys.add(new BsonString(domain.getAggregateIdentifier() + "|" + domain.getSequenceNumber()));
                event.append("aggregateType", new BsonString(domain.getType()))
                     .append("aggregateId", new BsonString(domain.getAggregateIdentifier()))
                     .append("sequenceNumber", new BsonInt64(domain.getSequenceNumber()));
            }
            SerializedObject<String> payload = message.serializePayload(serializer, String.class);
            SerializedObject<String> metaData = message.serializeMetaData(serializer, String.class);
            String revision = payload.getType().getRevision();
            events.add(event.append("timestamp", new BsonString(message.getTimestamp().toString()))
                            .append("payloadType", new BsonString(payload.getType().getName()))
                            .append("payloadRevision", revision == null ? BsonNull.VALUE : new BsonString(revision))
                            .append("payload", fromJson(payload.getData()))
                            .append("metadata", fromJson(metaData.getData())));
        }
        BsonDocument commit = new BsonDocument("_id", new BsonInt64(firstPosition))
                .append("count", new BsonInt32(messages.size()))
                .append("positions", positions);
        if (!aggregateKeys.isEmpty()) {
            commit.append("aggregateKeys", aggregateKeys);
        }
        return commit.append("eventIds", eventIds)
                     .append("committedAt", new BsonDateTime(System.currentTimeMillis()))
                     .append("events", events);
    }

    private static BsonValue fromJson(String json) {
        return BsonDocument.parse("{\"v\":" + json + "}").get("v");
    }
}
