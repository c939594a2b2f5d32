package id.gotong.projection;

import id.gotong.events.Sector;
import id.gotong.events.StakeholderEvent.StakeholderRegistered;
import org.bson.Document;

import java.util.Date;
import java.util.List;
import java.util.Set;

/**
 * {@value #COLLECTION}: one document per registered stakeholder, the directory every feature names organisations
 * from. A registration belongs to no collaboration; it is the only event this read model takes.
 */
public final class StakeholderProjection implements ReadModel {

    public static final String COLLECTION = "read_stakeholders";

    @Override
    public List<String> collections() {
        return List.of(COLLECTION);
    }

    @Override
    public void createIndexes(ReadModels generation) {
    }

    @Override
    public Projection open(ReadModels generation, EventHistory history, boolean rebuild) {
        return batch -> {
            for (Batch.Item item : batch.items()) {
                Entry entry = item.entry();
                if (entry.event() instanceof StakeholderRegistered registered) {
                    batch.put(COLLECTION, document(new Stakeholder(registered.stakeholderId(), registered.name(),
                            registered.sector(), registered.region(), registered.parentOrganisation(),
                            entry.provenance().occurredAt(), entry.position(), entry.eventId())));
                    item.changed(null, Set.of(registered.stakeholderId()));
                }
            }
        };
    }

    public static Document document(Stakeholder s) {
        return new Document("_id", s.stakeholderId())
                .append("name", s.name())
                .append("sector", s.sector() == null ? null : s.sector().name())
                .append("region", s.region())
                .append("parentOrganisation", s.parentOrganisation())
                .append("registeredAt", s.registeredAt() == null ? null : Date.from(s.registeredAt()))
                .append("position", s.position())
                .append("eventId", s.eventId());
    }

    public static Stakeholder stakeholder(Document d) {
        String sector = d.getString("sector");
        Date registeredAt = d.getDate("registeredAt");
        return new Stakeholder(d.getString("_id"), d.getString("name"), sector == null ? null : Sector.valueOf(sector),
                d.getString("region"), d.getString("parentOrganisation"),
                registeredAt == null ? null : registeredAt.toInstant(),
                d.get("position", Number.class).longValue(), d.getString("eventId"));
    }
}
