package id.gotong.stakeholderhistory;

import com.mongodb.client.model.Filters;
import id.gotong.dossier.Evidence;
import id.gotong.projection.AsOf;
import id.gotong.projection.EventHistory;
import id.gotong.projection.NotFound;
import id.gotong.projection.ReadModels;
import id.gotong.projection.Reflects;
import id.gotong.projection.Stakeholder;
import id.gotong.projection.StakeholderProjection;
import id.gotong.stakeholderhistory.StakeholderHistory.Point;
import id.gotong.stakeholderhistory.StakeholderHistory.Trust;
import org.bson.Document;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Reads a stakeholder's history now or as of a past instant or position, from its evidence. */
public class Histories {

    private final ReadModels models;
    private final EventHistory history;
    private final Clock clock;

    public Histories(ReadModels models, EventHistory history, Clock clock) {
        this.models = models;
        this.history = history;
        this.clock = clock;
    }

    /**
     * @param trustNow the trust of the last point with its evidence aged to the moment read ({@code readAt})
     */
    public record HistoryRead(Reflects reflects, String formulaVersion, Stakeholder stakeholder, Instant readAt,
                              Trust trustNow, Point latest, List<Point> points) {
    }

    public HistoryRead history(String stakeholderId, AsOf asOf) {
        long ledgerSize = history.size();
        Document stored = models.stakeholders().find(Filters.eq("_id", stakeholderId)).first();
        Stakeholder stakeholder = stored == null ? null : StakeholderProjection.stakeholder(stored);
        // Registration is a ledger fact, not a collaboration act: an as-of instant filters the acts, a position both.
        if (stakeholder == null || asOf.position() != null && stakeholder.position() > asOf.position()) {
            throw new NotFound("unknown-stakeholder", "No stakeholder " + stakeholderId + " is registered"
                    + (asOf.position() == null ? "" : " as of position " + asOf.position()));
        }
        List<Evidence> evidence = new ArrayList<>();
        for (Document document : models.collection(EvidenceProjection.COLLECTION).find(Filters.and(Filters.eq("stakeholderId", stakeholderId),
                asOf.filter("position", "occurredAt")))) {
            Evidence fact = EvidenceProjection.evidence(document);
            if (asOf.includes(fact.position(), fact.occurredAt())) {
                evidence.add(fact);
            }
        }
        List<Point> points = StakeholderHistory.of(evidence, clock.getZone());
        long position = Math.max(stakeholder.position(),
                evidence.stream().mapToLong(Evidence::position).max().orElse(-1));
        Instant readAt = asOf.instant() != null ? asOf.instant()
                : asOf.position() != null ? points.stream().map(Point::at).max(Instant::compareTo)
                .orElse(stakeholder.registeredAt())
                : clock.instant();
        Point latest = points.isEmpty() ? null : points.get(points.size() - 1);
        Trust trustNow = latest == null ? StakeholderHistory.Trust.of(0, 0)
                : latest.trust().decayedBy(Duration.between(latest.at(), readAt));
        return new HistoryRead(Reflects.of(asOf, position, ledgerSize), StakeholderHistory.FORMULA_VERSION,
                stakeholder, readAt, trustNow, latest, points);
    }
}
