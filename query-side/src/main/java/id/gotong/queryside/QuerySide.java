package id.gotong.queryside;

import com.mongodb.client.MongoDatabase;
import id.gotong.dossier.DossierProjection;
import id.gotong.listing.ListProjection;
import id.gotong.projection.ReadModel;
import id.gotong.projection.ReadModels;
import id.gotong.stakeholderhistory.EvidenceProjection;

import java.util.List;

/**
 * The query side assembled: its read models, in the order a batch is projected into them. The projection machinery
 * adds the two every feature reads (stakeholders, acts) before these.
 */
public final class QuerySide {

    private QuerySide() {
    }

    /** The features' read models: the dossiers, and what is derived from their fold (evidence, then the lists). */
    public static List<ReadModel> readModels() {
        return List.of(new DossierProjection(List.of(new EvidenceProjection(), new ListProjection())));
    }

    /** The current generation of every read model in {@code database}. */
    public static ReadModels readModels(MongoDatabase database) {
        return new ReadModels(database, readModels());
    }
}
