package id.gotong.projection;

import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import id.gotong.events.TheoryElement;
import org.bson.Document;

import java.time.Instant;
import java.util.Date;
import java.util.List;

/**
 * {@value #COLLECTION}: one document per event of a collaboration ({@code _id} = its ledger position), coded by theory
 * element. It is how an as-of read finds a collaboration's events, what health and the research export count, and
 * what the feeds page through.
 */
public final class ActProjection implements ReadModel {

    public static final String COLLECTION = "read_acts";

    @Override
    public List<String> collections() {
        return List.of(COLLECTION);
    }

    @Override
    public void createIndexes(ReadModels generation) {
        var acts = generation.collection(COLLECTION);
        acts.createIndex(Indexes.ascending("collaborationId", "_id"));
        acts.createIndex(Indexes.ascending("collaborationId", "occurredAt"));
        acts.createIndex(Indexes.ascending("eventId"), new IndexOptions().unique(true));
        acts.createIndex(Indexes.ascending("type", "_id"));
        acts.createIndex(Indexes.ascending("subjectId", "type"));
    }

    @Override
    public Projection open(ReadModels generation, EventHistory history, boolean rebuild) {
        return batch -> {
            for (Batch.Item item : batch.items()) {
                Entry entry = item.entry();
                String collaborationId = entry.provenance().collaborationId();
                if (collaborationId != null) {
                    batch.put(COLLECTION, document(new Act(entry.position(), entry.eventId(), collaborationId,
                            entry.type(), Projector.subjectOf(entry.event()), entry.provenance().actor(),
                            entry.provenance().occurredAt(), entry.provenance().recordedAt(),
                            List.copyOf(entry.provenance().evidences()))));
                }
            }
        };
    }

    public static Document document(Act act) {
        return new Document("_id", act.position())
                .append("eventId", act.eventId())
                .append("collaborationId", act.collaborationId())
                .append("type", act.type())
                .append("subjectId", act.subjectId())
                .append("actor", act.actor())
                .append("occurredAt", Date.from(act.occurredAt()))
                .append("occurredAtExact", act.occurredAt().toString())
                .append("recordedAt", act.recordedAt().toString())
                .append("elements", act.elements().stream().map(Enum::name).toList());
    }

    public static Act act(Document d) {
        return new Act(d.get("_id", Number.class).longValue(), d.getString("eventId"), d.getString("collaborationId"),
                d.getString("type"), d.getString("subjectId"), d.getString("actor"),
                Instant.parse(d.getString("occurredAtExact")), Instant.parse(d.getString("recordedAt")),
                d.getList("elements", String.class).stream().map(TheoryElement::valueOf).toList());
    }
}
