package id.gotong.projection;

import com.mongodb.client.model.Sorts;
import id.gotong.dossier.DossierStore;
import id.gotong.eventstore.MongoLedgerStorageEngine;
import org.bson.Document;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** Test support: wait until the live projection has reached a position, and dump the read models to compare them. */
public final class Projected {

    private final ReadModels models;
    private final Changes changes;
    private final MongoLedgerStorageEngine engine;

    public Projected(ReadModels models, Changes changes, MongoLedgerStorageEngine engine) {
        this.models = models;
        this.changes = changes;
        this.engine = engine;
    }

    /** Returns once the event at {@code position} is in the read models: no sleeping, the projection says so. */
    public void await(long position) {
        CompletableFuture<Change> reached = changes.stream().filter(c -> c.position() >= position).next().toFuture();
        if (projectedTo() >= position) {
            reached.cancel(true);
            return;
        }
        try {
            reached.get(Duration.ofSeconds(60).toMillis(), TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            throw new AssertionError("The projection did not reach position " + position + " (it is at "
                    + projectedTo() + ", the store holds " + engine.nextPosition() + ")", e);
        }
    }

    public long projectedTo() {
        long acts = top(models.acts().find().sort(Sorts.descending("_id")).first(), "_id");
        long stakeholders = top(models.stakeholders().find().sort(Sorts.descending("position")).first(), "position");
        return Math.max(acts, stakeholders);
    }

    private static long top(Document document, String field) {
        return document == null ? -1 : document.get(field, Number.class).longValue();
    }

    /** Every read model, as JSON, by collection and {@code _id}. */
    public Map<String, List<String>> dump() {
        return dump(models, new id.gotong.config.StoredHistory(engine));
    }

    /**
     * Every read model, as JSON, by collection and {@code _id}; each dossier as read (snapshot plus the events after
     * it), since when a snapshot is written differs between the live projection and a rebuild.
     */
    public static Map<String, List<String>> dump(ReadModels models, EventHistory history) {
        DossierStore store = new DossierStore(models, history);
        Map<String, List<String>> dump = new LinkedHashMap<>();
        for (String name : models.collections()) {
            List<String> documents = new ArrayList<>();
            for (Document document : models.collection(name).find().sort(Sorts.ascending("_id"))) {
                if (name.equals(DossierStore.COLLECTION)) {
                    String id = document.getString("_id");
                    documents.add(id + " " + document.get("position") + " " + document.getString("name") + " "
                            + document.getString("region") + " " + document.get("dimensions") + " "
                            + DossierStore.json(store.current(id).orElseThrow()));
                } else {
                    documents.add(document.toJson());
                }
            }
            dump.put(name, documents);
        }
        return dump;
    }
}
