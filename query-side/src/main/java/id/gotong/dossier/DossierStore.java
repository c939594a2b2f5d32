package id.gotong.dossier;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.Updates;
import com.mongodb.client.model.WriteModel;
import id.gotong.projection.Batch;
import id.gotong.projection.Entry;
import id.gotong.projection.EventHistory;
import id.gotong.projection.ReadModels;
import org.bson.Document;
import org.bson.json.JsonMode;
import org.bson.json.JsonWriterSettings;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.json.JsonMapper;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Dossiers in {@value #COLLECTION} as snapshots with a tail: {@code {_id, position, name, region, dimensions, tail,
 * dossier}}. A dossier is one document that grows with its
 * collaboration's history, so the live projection does not rewrite it for every batch: it moves the document's
 * {@code position} (the head: the last event of the collaboration projected), appends the batch's positions to its
 * {@code tail}, and writes the whole dossier (the snapshot, with an empty tail) only every {@link #SNAPSHOT_EVERY}
 * events. Reading a dossier folds the tail's events, read from the event store, onto the snapshot with the same
 * {@link Dossier#apply}; a snapshot a crash kept from being written only makes the tail longer.
 */
public final class DossierStore {

    public static final String COLLECTION = "read_dossiers";

    /** Events of one collaboration between two snapshots of its dossier. */
    public static final int SNAPSHOT_EVERY = 250;

    private static final ReplaceOptions UPSERT = new ReplaceOptions().upsert(true);
    private static final JsonWriterSettings RELAXED = JsonWriterSettings.builder().outputMode(JsonMode.RELAXED).build();
    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .build();

    private final ReadModels models;
    private final EventHistory history;

    public DossierStore(ReadModels models, EventHistory history) {
        this.models = models;
        this.history = history;
    }

    /** The dossier with every projected event of its collaboration folded in, if the collaboration is known. */
    public Optional<Dossier> current(String collaborationId) {
        return Optional.ofNullable(current(Set.of(collaborationId), Map.of()).get(collaborationId));
    }

    /**
     * The current dossiers of these collaborations; a cached dossier already at its head is used as it is.
     *
     * @param cached dossiers held in memory, possibly behind their stored head
     */
    public Map<String, Dossier> current(Collection<String> collaborationIds, Map<String, Dossier> cached) {
        Map<String, Dossier> result = new HashMap<>();
        if (collaborationIds.isEmpty()) {
            return result;
        }
        Map<String, Long> heads = new HashMap<>();
        for (Document head : dossiers().find(Filters.in("_id", collaborationIds))
                .projection(Projections.include("position"))) {
            heads.put(head.getString("_id"), head.get("position", Number.class).longValue());
        }
        List<String> reload = new ArrayList<>();
        heads.forEach((id, head) -> {
            Dossier held = cached.get(id);
            if (held != null && held.position == head) {
                result.put(id, held);
            } else {
                reload.add(id);
            }
        });
        if (!reload.isEmpty()) {
            for (Document stored : dossiers().find(Filters.in("_id", reload))) {
                String id = stored.getString("_id");
                Dossier dossier = stored.containsKey("dossier") ? dossier(stored) : fresh(id);
                long head = stored.get("position", Number.class).longValue();
                if (head > dossier.position) {
                    foldTail(dossier, stored);
                }
                result.put(id, dossier);
            }
        }
        return result;
    }

    private void foldTail(Dossier dossier, Document stored) {
        List<Long> tail = new ArrayList<>();
        for (Object position : stored.getList("tail", Object.class, List.of())) {
            long value = ((Number) position).longValue();
            if (value > dossier.position) {
                tail.add(value);
            }
        }
        List<Entry> entries = history.at(tail);
        Map<String, String> actors = new HashMap<>();
        entries.forEach(entry -> actors.put(entry.eventId(), entry.provenance().actor()));
        for (Entry entry : entries) {
            dossier.apply(entry, eventId -> Optional.ofNullable(actors.get(eventId)).or(() -> actorOf(eventId)));
        }
    }

    /** The actor of a projected event, for corrections of one's own records. */
    public Optional<String> actorOf(String eventId) {
        Document act = models.acts().find(Filters.eq("eventId", eventId)).first();
        return act == null ? Optional.empty() : Optional.ofNullable(act.getString("actor"));
    }

    public static Dossier fresh(String collaborationId) {
        Dossier dossier = new Dossier();
        dossier.collaborationId = collaborationId;
        return dossier;
    }

    /**
     * Records that these dossiers advanced: the whole dossier when it is new or its event count crossed a multiple of
     * {@link #SNAPSHOT_EVERY}, otherwise only its head. A snapshot a crash prevented is written at the next crossing.
     *
     * @param eventsBefore each dossier's event count before the batch
     * @param folded       the positions each dossier folded in the batch, appended to its {@code tail}
     */
    public void advanced(Collection<Dossier> dossiers, Map<String, Integer> eventsBefore,
                         Map<String, List<Long>> folded, Batch batch) {
        for (Dossier dossier : dossiers) {
            int before = eventsBefore.getOrDefault(dossier.collaborationId, 0);
            if (before == 0 || before / SNAPSHOT_EVERY != dossier.events / SNAPSHOT_EVERY) {
                batch.replace(COLLECTION, document(dossier));
            } else {
                batch.write(COLLECTION, new UpdateOneModel<>(Filters.eq("_id", dossier.collaborationId),
                        Updates.combine(Updates.set("position", dossier.position),
                                Updates.pushEach("tail", folded.getOrDefault(dossier.collaborationId, List.of())))));
            }
        }
    }

    /** Writes each dossier whole (a rebuild's end). */
    public void snapshot(Collection<Dossier> dossiers) {
        List<WriteModel<Document>> writes = new ArrayList<>();
        for (Dossier dossier : dossiers) {
            writes.add(new ReplaceOneModel<>(Filters.eq("_id", dossier.collaborationId), document(dossier),
                    UPSERT));
            if (writes.size() == 100) {
                write(writes);
                writes = new ArrayList<>();
            }
        }
        write(writes);
    }

    private void write(List<WriteModel<Document>> writes) {
        if (!writes.isEmpty()) {
            dossiers().bulkWrite(writes);
        }
    }

    private com.mongodb.client.MongoCollection<Document> dossiers() {
        return models.collection(COLLECTION);
    }

    /** The stored document of a whole dossier: the snapshot, with an empty tail. */
    public static Document document(Dossier dossier) {
        return new Document("_id", dossier.collaborationId)
                .append("position", dossier.position)
                .append("name", dossier.name)
                .append("region", dossier.region)
                .append("dimensions", dossier.dimensions.stream().map(Enum::name).toList())
                .append("tail", List.of())
                .append("dossier", Document.parse(JSON.writeValueAsString(dossier)));
    }

    /** The snapshot in a stored document, without its tail. */
    public static Dossier dossier(Document document) {
        return JSON.readValue(document.get("dossier", Document.class).toJson(RELAXED), Dossier.class);
    }

    /** The dossier as JSON text: what determinism tests compare. */
    public static String json(Dossier dossier) {
        return JSON.writeValueAsString(dossier);
    }
}
