package id.gotong.listing;

import com.mongodb.client.model.Filters;
import id.gotong.projection.ReadModels;
import org.bson.Document;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * Where in the ledger an event lies, found by its id among the projected acts of collaborations and the registrations
 * of stakeholders: how a page opens the act an event id names.
 */
@Component
public class EventPositions {

    private final ReadModels models;

    public EventPositions(ReadModels models) {
        this.models = models;
    }

    /** The global position of the event, if it is projected. Blocking. */
    public Optional<Long> of(String eventId) {
        Document act = models.acts().find(Filters.eq("eventId", eventId)).first();
        if (act != null) {
            return Optional.of(act.get("_id", Number.class).longValue());
        }
        Document registration = models.stakeholders().find(Filters.eq("eventId", eventId)).first();
        return Optional.ofNullable(registration).map(d -> d.get("position", Number.class).longValue());
    }
}
