package id.gotong.dossier;

import id.gotong.events.Role;
import id.gotong.projection.ReadModels;
import org.bson.Document;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The collaborations a stakeholder is a current member of, with its role: what an agency's page lists after it signs
 * in. Reads every dossier, which is fine for a region and not for thousands of collaborations.
 */
@Component
public class Memberships {

    private final ReadModels models;
    private final Dossiers dossiers;

    public Memberships(ReadModels models, Dossiers dossiers) {
        this.models = models;
        this.dossiers = dossiers;
    }

    public record Membership(String collaborationId, String name, Role role) {
    }

    /** The current memberships of {@code stakeholderId}, by collaboration name. Blocking. */
    public List<Membership> of(String stakeholderId) {
        List<Membership> memberships = new ArrayList<>();
        for (Document document : models.collection(DossierStore.COLLECTION).find().projection(new Document("_id", 1))) {
            Dossier dossier = dossiers.current(document.getString("_id")).orElse(null);
            Dossier.Member member = dossier == null ? null : dossier.members.get(stakeholderId);
            if (member != null && member.active) {
                memberships.add(new Membership(dossier.collaborationId, dossier.name, member.role));
            }
        }
        memberships.sort(Comparator.comparing(Membership::name));
        return memberships;
    }
}
