package id.gotong.dossier;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import id.gotong.projection.Act;
import id.gotong.projection.ActProjection;
import id.gotong.projection.AsOf;
import id.gotong.projection.Entry;
import id.gotong.projection.EventHistory;
import id.gotong.projection.NotFound;
import id.gotong.projection.ReadModels;
import id.gotong.projection.Reflects;
import id.gotong.projection.Stakeholder;
import id.gotong.projection.StakeholderProjection;
import org.bson.Document;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a collaboration's dossier as it stands (from {@code read_dossiers}) or as it stood at a past instant or
 * position, folded again from exactly the events up to that point with the same {@link Dossier#apply}.
 */
public class Dossiers {

    private final ReadModels models;
    private final DossierStore store;
    private final EventHistory history;
    private final Clock clock;

    public Dossiers(ReadModels models, DossierStore store, EventHistory history, Clock clock) {
        this.models = models;
        this.store = store;
        this.history = history;
        this.clock = clock;
    }

    /** A dossier, the acts it folded, the moment it describes, and what it reflects. */
    public record Read(Dossier dossier, List<Act> acts, Instant readAt, Reflects reflects) {
    }

    public record DashboardRead(Reflects reflects, Dashboard dashboard) {
    }

    /** The collaboration's dossier with every projected event folded in. */
    public Optional<Dossier> current(String collaborationId) {
        return store.current(collaborationId);
    }

    public DashboardRead dashboard(String collaborationId, AsOf asOf, Instant since, Instant until) {
        Read read = read(collaborationId, asOf);
        Instant to = until != null ? until : read.readAt();
        Instant from = since != null ? since : Dashboard.defaultFrom(read.dossier(), to);
        Dashboard dashboard = Dashboard.of(read.dossier(), directory(read.dossier()), read.acts(), read.readAt(),
                from, to, clock.getZone());
        return new DashboardRead(read.reflects(), dashboard);
    }

    public Read read(String collaborationId, AsOf asOf) {
        long ledgerSize = history.size();
        List<Act> acts = new ArrayList<>();
        for (Document document : models.acts()
                .find(Filters.and(Filters.eq("collaborationId", collaborationId), asOf.filter("_id", "occurredAt")))
                .sort(Sorts.ascending("_id"))) {
            Act act = ActProjection.act(document);
            if (asOf.includes(act.position(), act.occurredAt())) {
                acts.add(act);
            }
        }
        Dossier dossier;
        if (asOf.live()) {
            dossier = store.current(collaborationId).orElseThrow(() -> unknown(collaborationId, asOf));
        } else {
            dossier = fold(collaborationId, acts);
        }
        if (dossier.name == null) {
            throw unknown(collaborationId, asOf);
        }
        Instant readAt = asOf.instant() != null ? asOf.instant()
                : asOf.position() != null ? acts.stream().map(Act::recordedAt).max(Comparator.naturalOrder())
                .orElse(clock.instant())
                : clock.instant();
        return new Read(dossier, acts, readAt, Reflects.of(asOf, dossier.position, ledgerSize));
    }

    private Dossier fold(String collaborationId, List<Act> acts) {
        Dossier dossier = new Dossier();
        dossier.collaborationId = collaborationId;
        Map<String, String> actors = new HashMap<>();
        acts.forEach(act -> actors.put(act.eventId(), act.actor()));
        for (Entry entry : history.at(acts.stream().map(Act::position).toList())) {
            dossier.apply(entry, eventId -> Optional.ofNullable(actors.get(eventId)));
        }
        return dossier;
    }

    Map<String, Stakeholder> directoryOf(Dossier dossier) {
        Map<String, Stakeholder> directory = new HashMap<>();
        if (!dossier.members.isEmpty()) {
            for (Document document : models.stakeholders().find(Filters.in("_id", dossier.members.keySet()))) {
                Stakeholder stakeholder = StakeholderProjection.stakeholder(document);
                directory.put(stakeholder.stakeholderId(), stakeholder);
            }
        }
        return directory;
    }

    private java.util.function.Function<String, Stakeholder> directory(Dossier dossier) {
        return directoryOf(dossier)::get;
    }

    private static NotFound unknown(String collaborationId, AsOf asOf) {
        return new NotFound("unknown-collaboration", asOf.live()
                ? "No collaboration " + collaborationId + " is registered"
                : "No collaboration " + collaborationId + " was registered as of "
                + (asOf.instant() != null ? asOf.instant() : "position " + asOf.position()));
    }
}
