package id.gotong.projection;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.InsertOneModel;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.WriteModel;
import org.bson.Document;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * One batch of events being projected: the events, the writes each read model adds for them (one bulk write per
 * collection, in the order {@link ReadModels#collections()} lists them), and what each event changed, pushed to live
 * streams once everything is written.
 */
public final class Batch {

    private static final ReplaceOptions UPSERT = new ReplaceOptions().upsert(true);

    private final List<Item> items;
    private final boolean rebuild;
    private final Map<String, List<WriteModel<Document>>> writes = new HashMap<>();

    Batch(List<Entry> entries, boolean rebuild) {
        List<Item> list = new ArrayList<>(entries.size());
        entries.forEach(entry -> list.add(new Item(entry)));
        this.items = List.copyOf(list);
        this.rebuild = rebuild;
    }

    /** One delivery of an event: an event delivered twice in a batch is two items. */
    public static final class Item {
        private final Entry entry;
        private String collaborationId;
        private Set<String> stakeholderIds;

        private Item(Entry entry) {
            this.entry = entry;
        }

        public Entry entry() {
            return entry;
        }

        /**
         * Says what projecting this event changed, so streams push it as a {@link Change}.
         *
         * @param collaborationId the collaboration whose dashboard changed, or {@code null}
         */
        public void changed(String collaborationId, Set<String> stakeholderIds) {
            if (this.stakeholderIds == null) {
                this.stakeholderIds = new TreeSet<>();
            }
            if (collaborationId != null) {
                this.collaborationId = collaborationId;
            }
            this.stakeholderIds.addAll(stakeholderIds);
        }

        private Change change() {
            return stakeholderIds == null ? null : new Change(entry.position(), entry.eventId(), entry.type(),
                    collaborationId, Collections.unmodifiableSortedSet(new TreeSet<>(stakeholderIds)),
                    entry.provenance().occurredAt());
        }
    }

    public List<Item> items() {
        return items;
    }

    public boolean rebuild() {
        return rebuild;
    }

    /**
     * A document written once per event, keyed by what produced it: a rebuild, folding each event once into empty
     * collections, inserts it; the live projection replaces it, so an event delivered twice writes it again.
     */
    public void put(String collection, Document document) {
        write(collection, rebuild ? new InsertOneModel<>(document) : replacement(document));
    }

    /** A document replaced whole, or inserted if there is none with its {@code _id}. */
    public void replace(String collection, Document document) {
        write(collection, replacement(document));
    }

    public void write(String collection, WriteModel<Document> write) {
        writes.computeIfAbsent(collection, name -> new ArrayList<>()).add(write);
    }

    private static ReplaceOneModel<Document> replacement(Document document) {
        return new ReplaceOneModel<>(Filters.eq("_id", document.get("_id")), document, UPSERT);
    }

    void writeTo(ReadModels models) {
        for (String collection : models.collections()) {
            List<WriteModel<Document>> pending = writes.remove(collection);
            if (pending != null && !pending.isEmpty()) {
                models.collection(collection).bulkWrite(pending);
            }
        }
        if (!writes.isEmpty()) {
            throw new IllegalStateException("writes to collections no read model owns: " + writes.keySet());
        }
    }

    /** What each item changed, in the order of the batch. */
    List<Change> changes() {
        List<Change> changes = new ArrayList<>();
        for (Item item : items) {
            Change change = item.change();
            if (change != null) {
                changes.add(change);
            }
        }
        return changes;
    }
}
