package id.gotong.projection;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.InsertOneModel;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.WriteModel;
import id.gotong.dossier.Dossier;
import id.gotong.events.AgreementEvent;
import id.gotong.events.CollaborationAct;
import id.gotong.events.CollaborationEvent;
import id.gotong.events.CommitmentEvent;
import id.gotong.events.CorrectionEvent;
import id.gotong.events.InformationRequestEvent;
import id.gotong.events.MeetingEvent;
import id.gotong.events.OutcomeEvent;
import id.gotong.events.SharedGoalEvent;
import id.gotong.events.StakeholderEvent;
import id.gotong.events.StakeholderEvent.StakeholderRegistered;
import id.gotong.stakeholderhistory.Evidence;
import org.bson.Document;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * Folds a batch of events into the read models with a handful of bulk writes. Used by the live projection (one
 * processor batch at a time) and by a rebuild (one page of the event store at a time, dossiers kept in memory).
 * Idempotent: a dossier skips events at or before its position, and every other document is keyed by what produced
 * it, so an event delivered twice writes the same documents again.
 */
public final class Projector {

    private static final ReplaceOptions UPSERT = new ReplaceOptions().upsert(true);

    /** Dossiers the live projector keeps in memory; one still at its stored head is not read again. */
    static final int CACHED_DOSSIERS = 512;

    private final ReadModels models;
    private final DossierStore dossiers;
    private final Consumer<Change> published;
    private final Map<String, Dossier> kept;
    /** Shared by the processor's threads; each segment, so each collaboration, is folded by one thread at a time. */
    private final Map<String, Dossier> cache = Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Dossier> eldest) {
            return size() > CACHED_DOSSIERS;
        }
    });
    private final Map<String, Dossier> unwritten = new LinkedHashMap<>();

    /**
     * @param keepDossiers keep every dossier in memory and write them on {@link #flush()} (a rebuild, which is the
     *                     only writer); otherwise advance them in {@code read_dossiers} with each batch
     */
    public Projector(ReadModels models, EventHistory history, Consumer<Change> published, boolean keepDossiers) {
        this.models = models;
        this.dossiers = new DossierStore(models, history);
        this.published = published;
        this.kept = keepDossiers ? new HashMap<>() : null;
    }

    public void project(List<Entry> batch) {
        if (batch.isEmpty()) {
            return;
        }
        if (kept == null) {
            models.followCurrent();  // a rebuild elsewhere may have switched the generation since the last batch
        }
        List<WriteModel<Document>> stakeholders = new ArrayList<>();
        List<WriteModel<Document>> acts = new ArrayList<>();
        List<WriteModel<Document>> evidence = new ArrayList<>();
        List<WriteModel<Document>> commitments = new ArrayList<>();
        List<WriteModel<Document>> requests = new ArrayList<>();
        List<Change> changes = new ArrayList<>();
        Map<String, Dossier> loaded = load(batch);
        Map<String, Integer> eventsBefore = new HashMap<>();
        loaded.forEach((id, dossier) -> eventsBefore.put(id, dossier.events));
        Map<String, Dossier> touched = new LinkedHashMap<>();
        Map<String, List<Long>> folded = new HashMap<>();
        Map<String, String> actorsInBatch = new HashMap<>();
        for (Entry entry : batch) {
            CollaborationAct event = entry.event();
            String actor = entry.provenance().actor();
            actorsInBatch.put(entry.eventId(), actor);
            if (event instanceof StakeholderRegistered registered) {
                Stakeholder stakeholder = new Stakeholder(registered.stakeholderId(), registered.name(),
                        registered.sector(), registered.region(), registered.parentOrganisation(),
                        entry.provenance().occurredAt(), entry.position(), entry.eventId());
                stakeholders.add(put(ReadModels.stakeholderDocument(stakeholder)));
                changes.add(new Change(entry.position(), entry.eventId(), entry.type(), null,
                        Set.of(registered.stakeholderId()), entry.provenance().occurredAt()));
                continue;
            }
            String collaborationId = entry.provenance().collaborationId();
            if (collaborationId == null) {
                continue;
            }
            Dossier dossier = loaded.computeIfAbsent(collaborationId, DossierStore::fresh);
            if (entry.position() <= dossier.position) {
                continue;
            }
            List<Evidence> facts = dossier.apply(entry, eventId -> Optional.ofNullable(actorsInBatch.get(eventId))
                    .or(() -> dossiers.actorOf(eventId)));
            touched.put(collaborationId, dossier);
            folded.computeIfAbsent(collaborationId, id -> new ArrayList<>()).add(entry.position());
            Act act = new Act(entry.position(), entry.eventId(), collaborationId, entry.type(),
                    subjectOf(event), actor, entry.provenance().occurredAt(), entry.provenance().recordedAt(),
                    List.copyOf(entry.provenance().evidences()));
            acts.add(put(ReadModels.actDocument(act)));
            Set<String> stakeholderIds = new TreeSet<>();
            if (Dossier.isStakeholder(actor)) {
                stakeholderIds.add(actor);
            }
            for (Evidence fact : facts) {
                evidence.add(put(ReadModels.evidenceDocument(fact)));
                stakeholderIds.add(fact.stakeholderId());
            }
            if (event instanceof CommitmentEvent c) {
                Dossier.Commitment commitment = dossier.commitments.get(c.commitmentId());
                if (commitment != null) {
                    commitments.add(replace(ReadModels.commitmentDocument(collaborationId, c.commitmentId(),
                            commitment, entry.position())));
                }
            } else if (event instanceof InformationRequestEvent r) {
                Dossier.Request request = dossier.requests.get(r.requestId());
                if (request != null) {
                    requests.add(replace(ReadModels.requestDocument(collaborationId, r.requestId(), request,
                            entry.position())));
                }
            }
            changes.add(new Change(entry.position(), entry.eventId(), entry.type(), collaborationId,
                    stakeholderIds, entry.provenance().occurredAt()));
        }
        write(models.stakeholders(), stakeholders);
        write(models.acts(), acts);
        write(models.evidence(), evidence);
        write(models.commitments(), commitments);
        write(models.requests(), requests);
        if (kept == null) {
            dossiers.advanced(touched.values(), eventsBefore, folded);
            cache.putAll(touched);
        } else {
            unwritten.putAll(touched);
        }
        changes.forEach(published);
    }

    /**
     * Writes the dossiers a rebuild changed since the last flush. A rebuild keeps them in memory and writes each once
     * at the end instead of after every page: a dossier is one document that grows with its collaboration's history.
     */
    public void flush() {
        dossiers.snapshot(unwritten.values());
        unwritten.clear();
    }

    private Map<String, Dossier> load(List<Entry> batch) {
        if (kept != null) {
            return kept;
        }
        Set<String> ids = new TreeSet<>();
        batch.forEach(entry -> {
            String id = entry.provenance().collaborationId();
            if (id != null) {
                ids.add(id);
            }
        });
        return dossiers.current(ids, cache);
    }

    /**
     * A document written once per event: a rebuild, folding each event once into empty collections, inserts it; the
     * live projection replaces it, so an event delivered twice writes the same document again.
     */
    private WriteModel<Document> put(Document document) {
        return kept != null ? new InsertOneModel<>(document) : replace(document);
    }

    private static ReplaceOneModel<Document> replace(Document document) {
        return new ReplaceOneModel<>(Filters.eq("_id", document.get("_id")), document, UPSERT);
    }

    private static void write(com.mongodb.client.MongoCollection<Document> collection,
                              List<WriteModel<Document>> writes) {
        if (!writes.isEmpty()) {
            collection.bulkWrite(writes);
        }
    }

    /** The aggregate an event belongs to. */
    public static String subjectOf(CollaborationAct event) {
        if (event instanceof StakeholderEvent e) {
            return e.stakeholderId();
        } else if (event instanceof CollaborationEvent e) {
            return e.collaborationId();
        } else if (event instanceof MeetingEvent e) {
            return e.meetingId();
        } else if (event instanceof SharedGoalEvent e) {
            return e.goalId();
        } else if (event instanceof AgreementEvent e) {
            return e.agreementId();
        } else if (event instanceof CommitmentEvent e) {
            return e.commitmentId();
        } else if (event instanceof InformationRequestEvent e) {
            return e.requestId();
        } else if (event instanceof OutcomeEvent e) {
            return e.outcomeId();
        } else if (event instanceof CorrectionEvent e) {
            return e.correctionId();
        }
        return null;
    }
}
