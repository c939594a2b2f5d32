package id.gotong.deadline;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Updates;
import id.gotong.events.AgreementEvent;
import id.gotong.events.CommitmentEvent;
import id.gotong.events.InformationRequestEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.bson.Document;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The open items that fall due: one document per commitment, information request and agreement that can still
 * become overdue, lapse or expire. Every handler is an upsert or a delete by id, so an event seen twice changes
 * nothing.
 */
@ProcessingGroup(DueDates.PROCESSING_GROUP)
public class DueDates {

    public static final String PROCESSING_GROUP = "deadlines";

    public enum Kind { COMMITMENT, INFORMATION_REQUEST, AGREEMENT }

    /** An item whose due day ends at the end of {@code dueOn}; agreements only expire while {@code inForce}. */
    public record Due(Kind kind, String targetId, LocalDate dueOn, boolean inForce) {
    }

    private final MongoCollection<Document> dueDates;

    public DueDates(MongoDatabase database) {
        this.dueDates = database.getCollection("due_dates");
    }

    @EventHandler
    void on(CommitmentEvent.CommitmentPledged pledged) {
        put(new Due(Kind.COMMITMENT, pledged.commitmentId(), pledged.dueOn(), true));
    }

    @EventHandler
    void on(CommitmentEvent.CommitmentFulfilled fulfilled) {
        remove(Kind.COMMITMENT, fulfilled.commitmentId());
    }

    @EventHandler
    void on(CommitmentEvent.CommitmentAbandoned abandoned) {
        remove(Kind.COMMITMENT, abandoned.commitmentId());
    }

    @EventHandler
    void on(CommitmentEvent.CommitmentBecameOverdue overdue) {
        remove(Kind.COMMITMENT, overdue.commitmentId());
    }

    @EventHandler
    void on(InformationRequestEvent.InformationRequested requested) {
        put(new Due(Kind.INFORMATION_REQUEST, requested.requestId(), requested.dueOn(), true));
    }

    @EventHandler
    void on(InformationRequestEvent.InformationRequestAnswered answered) {
        remove(Kind.INFORMATION_REQUEST, answered.requestId());
    }

    @EventHandler
    void on(InformationRequestEvent.InformationRequestDeclined declined) {
        remove(Kind.INFORMATION_REQUEST, declined.requestId());
    }

    @EventHandler
    void on(InformationRequestEvent.InformationRequestLapsed lapsed) {
        remove(Kind.INFORMATION_REQUEST, lapsed.requestId());
    }

    @EventHandler
    void on(AgreementEvent.AgreementDrafted drafted) {
        if (drafted.validUntil() != null) {
            put(new Due(Kind.AGREEMENT, drafted.agreementId(), drafted.validUntil(), false));
        }
    }

    @EventHandler
    void on(AgreementEvent.AgreementCameIntoForce inForce) {
        dueDates.updateOne(Filters.eq("_id", id(Kind.AGREEMENT, inForce.agreementId())), Updates.set("inForce", true));
    }

    @EventHandler
    void on(AgreementEvent.AgreementAmended amended) {
        if (amended.validUntil() == null) {
            remove(Kind.AGREEMENT, amended.agreementId());
        } else {
            put(new Due(Kind.AGREEMENT, amended.agreementId(), amended.validUntil(), false));
        }
    }

    @EventHandler
    void on(AgreementEvent.AgreementTerminated terminated) {
        remove(Kind.AGREEMENT, terminated.agreementId());
    }

    @EventHandler
    void on(AgreementEvent.AgreementExpired expired) {
        remove(Kind.AGREEMENT, expired.agreementId());
    }

    @ResetHandler
    void reset() {
        dueDates.deleteMany(new Document());
    }

    /** Items whose due day ended before {@code today}: only those may be overdue, lapse or expire. */
    public List<Due> pastDue(LocalDate today) {
        List<Due> due = new ArrayList<>();
        // Open items are few (settled ones are deleted), so reading them all is cheaper than a range index the
        // embedded server could not use anyway.
        for (Document document : dueDates.find()) {
            Due item = new Due(Kind.valueOf(document.getString("kind")), document.getString("targetId"),
                    LocalDate.parse(document.getString("dueOn")), document.getBoolean("inForce", false));
            if (item.dueOn().isBefore(today) && (item.kind() != Kind.AGREEMENT || item.inForce())) {
                due.add(item);
            }
        }
        return due;
    }

    public long count() {
        return dueDates.countDocuments();
    }

    private void put(Due due) {
        dueDates.replaceOne(Filters.eq("_id", id(due.kind(), due.targetId())),
                new Document("_id", id(due.kind(), due.targetId()))
                        .append("kind", due.kind().name())
                        .append("targetId", due.targetId())
                        .append("dueOn", due.dueOn().toString())
                        .append("inForce", due.inForce()),
                new ReplaceOptions().upsert(true));
    }

    private void remove(Kind kind, String targetId) {
        dueDates.deleteOne(Filters.eq("_id", id(kind, targetId)));
    }

    private static String id(Kind kind, String targetId) {
        return kind + ":" + targetId;
    }
}
