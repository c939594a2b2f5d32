package id.gotong.dossier;

import com.mongodb.client.model.Indexes;
import id.gotong.projection.Batch;
import id.gotong.projection.Entry;
import id.gotong.projection.EventHistory;
import id.gotong.projection.ReadModel;
import id.gotong.projection.ReadModels;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The dossiers as a read model: folds each collaboration's events into its {@link Dossier} and keeps them in
 * {@value DossierStore#COLLECTION} ({@link DossierStore}). The read models derived from the fold ({@link Derived}: a
 * stakeholder's evidence, the lists) get each event with the dossier it left and the evidence it gave. Their documents
 * are written before the dossiers': a dossier whose head moved never lacks what its events derived.
 */
public final class DossierProjection implements ReadModel {

    /** Dossiers the live projector keeps in memory; one still at its stored head is not read again. */
    static final int CACHED_DOSSIERS = 512;

    /** A read model derived from the fold: it writes from each event a dossier folded in. */
    public interface Derived {

        /** Its collections, by their name in generation a. */
        List<String> collections();

        void createIndexes(ReadModels generation);

        /** Adds its writes for one folded event to the batch. */
        void folded(Folded folded, Batch batch);
    }

    /**
     * One event folded into its collaboration's dossier.
     *
     * @param dossier  the dossier with the event folded in
     * @param evidence what the event established about stakeholders
     */
    public record Folded(Entry entry, Dossier dossier, List<Evidence> evidence) {
    }

    private final List<Derived> derived;

    public DossierProjection(List<Derived> derived) {
        this.derived = List.copyOf(derived);
    }

    @Override
    public List<String> collections() {
        List<String> collections = new ArrayList<>();
        derived.forEach(model -> collections.addAll(model.collections()));
        collections.add(DossierStore.COLLECTION);
        return List.copyOf(collections);
    }

    @Override
    public void createIndexes(ReadModels generation) {
        generation.collection(DossierStore.COLLECTION).createIndex(Indexes.ascending("region"));
        generation.collection(DossierStore.COLLECTION).createIndex(Indexes.ascending("dimensions"));
        derived.forEach(model -> model.createIndexes(generation));
    }

    @Override
    public Projection open(ReadModels generation, EventHistory history, boolean rebuild) {
        return new Folding(new DossierStore(generation, history), rebuild);
    }

    private final class Folding implements Projection {

        private final DossierStore store;
        /** A rebuild's dossiers, all kept in memory and written once at its end; {@code null} live. */
        private final Map<String, Dossier> kept;
        /** Shared by the processor's threads; each segment, so each collaboration, is folded by one at a time. */
        private final Map<String, Dossier> cache = Collections.synchronizedMap(
                new LinkedHashMap<>(16, 0.75f, true) {
                    @Override
                    protected boolean removeEldestEntry(Map.Entry<String, Dossier> eldest) {
                        return size() > CACHED_DOSSIERS;
                    }
                });
        private final Map<String, Dossier> unwritten = new LinkedHashMap<>();

        Folding(DossierStore store, boolean rebuild) {
            this.store = store;
            this.kept = rebuild ? new HashMap<>() : null;
        }

        @Override
        public void project(Batch batch) {
            Map<String, Dossier> loaded = load(batch);
            Map<String, Integer> eventsBefore = new HashMap<>();
            loaded.forEach((id, dossier) -> eventsBefore.put(id, dossier.events));
            Map<String, Dossier> touched = new LinkedHashMap<>();
            Map<String, List<Long>> folded = new HashMap<>();
            Map<String, String> actorsInBatch = new HashMap<>();
            for (Batch.Item item : batch.items()) {
                Entry entry = item.entry();
                String actor = entry.provenance().actor();
                actorsInBatch.put(entry.eventId(), actor);
                String collaborationId = entry.provenance().collaborationId();
                if (collaborationId == null) {
                    continue;
                }
                Dossier dossier = loaded.computeIfAbsent(collaborationId, DossierStore::fresh);
                if (entry.position() <= dossier.position) {
                    continue;
                }
                List<Evidence> evidence = dossier.apply(entry, eventId -> Optional.ofNullable(
                        actorsInBatch.get(eventId)).or(() -> store.actorOf(eventId)));
                touched.put(collaborationId, dossier);
                folded.computeIfAbsent(collaborationId, id -> new ArrayList<>()).add(entry.position());
                Folded result = new Folded(entry, dossier, evidence);
                derived.forEach(model -> model.folded(result, batch));
                Set<String> stakeholderIds = new TreeSet<>();
                if (Dossier.isStakeholder(actor)) {
                    stakeholderIds.add(actor);
                }
                evidence.forEach(fact -> stakeholderIds.add(fact.stakeholderId()));
                item.changed(collaborationId, stakeholderIds);
            }
            if (kept == null) {
                store.advanced(touched.values(), eventsBefore, folded, batch);
                cache.putAll(touched);
            } else {
                unwritten.putAll(touched);
            }
        }

        /**
         * Writes the dossiers a rebuild changed since the last flush. A rebuild keeps them in memory and writes each
         * once at the end instead of after every page: a dossier is one document that grows with its history.
         */
        @Override
        public void flush() {
            store.snapshot(unwritten.values());
            unwritten.clear();
        }

        private Map<String, Dossier> load(Batch batch) {
            if (kept != null) {
                return kept;
            }
            Set<String> ids = new TreeSet<>();
            batch.items().forEach(item -> {
                String id = item.entry().provenance().collaborationId();
                if (id != null) {
                    ids.add(id);
                }
            });
            return store.current(ids, cache);
        }
    }
}
