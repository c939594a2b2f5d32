package id.gotong.listing;

import com.mongodb.client.model.Filters;
import id.gotong.projection.ReadModels;
import id.gotong.projection.StakeholderProjection;
import id.gotong.projection.Stakeholder;
import org.bson.Document;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Registered stakeholders by id, as the read models hold them: so that a page names a stakeholder, not its id. */
@Component
public class StakeholderDirectory {

    private final ReadModels models;

    public StakeholderDirectory(ReadModels models) {
        this.models = models;
    }

    /** The stakeholder with this id, if one is registered. Blocking. */
    public Optional<Stakeholder> find(String stakeholderId) {
        return Optional.ofNullable(models.stakeholders().find(Filters.eq("_id", stakeholderId)).first())
                .map(StakeholderProjection::stakeholder);
    }

    /** The registered ones among these ids, by id. Blocking. */
    public Map<String, Stakeholder> find(Collection<String> stakeholderIds) {
        Map<String, Stakeholder> found = new HashMap<>();
        for (Document document : models.stakeholders().find(Filters.in("_id", stakeholderIds))) {
            Stakeholder stakeholder = StakeholderProjection.stakeholder(document);
            found.put(stakeholder.stakeholderId(), stakeholder);
        }
        return found;
    }
}
