package id.gotong.stakeholderhistory;

import com.mongodb.client.model.Indexes;
import id.gotong.dossier.DossierProjection;
import id.gotong.dossier.Evidence;
import id.gotong.projection.Batch;
import id.gotong.projection.ReadModels;
import org.bson.Document;

import java.time.Instant;
import java.util.Date;
import java.util.List;

/**
 * {@value #COLLECTION}: one document per fact about a stakeholder ({@link Evidence#key()}), as the dossiers' fold
 * establishes it; a stakeholder's history is computed from these when it is read.
 */
public final class EvidenceProjection implements DossierProjection.Derived {

    public static final String COLLECTION = "read_evidence";

    @Override
    public List<String> collections() {
        return List.of(COLLECTION);
    }

    @Override
    public void createIndexes(ReadModels generation) {
        generation.collection(COLLECTION).createIndex(Indexes.ascending("stakeholderId", "position"));
    }

    @Override
    public void folded(DossierProjection.Folded folded, Batch batch) {
        folded.evidence().forEach(fact -> batch.put(COLLECTION, document(fact)));
    }

    public static Document document(Evidence e) {
        return new Document("_id", e.key())
                .append("stakeholderId", e.stakeholderId())
                .append("collaborationId", e.collaborationId())
                .append("position", e.position())
                .append("eventId", e.eventId())
                .append("occurredAt", e.occurredAt() == null ? null : Date.from(e.occurredAt()))
                .append("occurredAtExact", e.occurredAt().toString())
                .append("kind", e.kind().name())
                .append("subjectId", e.subjectId())
                .append("detail", e.detail())
                .append("ownAct", e.ownAct());
    }

    public static Evidence evidence(Document d) {
        return new Evidence(d.getString("stakeholderId"), d.getString("collaborationId"),
                d.get("position", Number.class).longValue(), d.getString("eventId"),
                Instant.parse(d.getString("occurredAtExact")), Evidence.Kind.valueOf(d.getString("kind")),
                d.getString("subjectId"), d.getString("detail"), d.getBoolean("ownAct", false));
    }
}
