package id.gotong.listing;

import com.mongodb.client.model.Indexes;
import id.gotong.dossier.Dossier;
import id.gotong.dossier.DossierProjection;
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
import id.gotong.projection.Batch;
import id.gotong.projection.EventSwitch;
import id.gotong.projection.ReadModels;
import org.bson.Document;

import java.util.List;

/**
 * {@value #COMMITMENTS} and {@value #REQUESTS}: one document per commitment or information request, with its current
 * state, rewritten on each change of state, for the public lists.
 */
public final class ListProjection implements DossierProjection.Derived {

    public static final String COMMITMENTS = "read_commitments";
    public static final String REQUESTS = "read_information_requests";

    /** Which events move a list: commitment and request events do, the other families move none. */
    private static final EventSwitch<Listed, Void> LISTED = EventSwitch.<Listed, Void>over("The lists' projection",
                    CollaborationAct.class)
            .fold(CommitmentEvent.class, Listed::on)
            .fold(InformationRequestEvent.class, Listed::on)
            .fold(CollaborationEvent.class, Listed::none)
            .fold(MeetingEvent.class, Listed::none)
            .fold(SharedGoalEvent.class, Listed::none)
            .fold(AgreementEvent.class, Listed::none)
            .fold(OutcomeEvent.class, Listed::none)
            .fold(CorrectionEvent.class, Listed::none)
            .ignore(StakeholderEvent.class, "a registration belongs to no collaboration, so no dossier folds it")
            .build();

    @Override
    public List<String> collections() {
        return List.of(COMMITMENTS, REQUESTS);
    }

    @Override
    public void createIndexes(ReadModels generation) {
        generation.collection(COMMITMENTS).createIndex(Indexes.ascending("state", "dueOn"));
        generation.collection(REQUESTS).createIndex(Indexes.ascending("state", "dueOn"));
    }

    @Override
    public void folded(DossierProjection.Folded folded, Batch batch) {
        LISTED.apply(new Listed(folded, batch), folded.entry().event());
    }

    private record Listed(DossierProjection.Folded folded, Batch batch) {

        void on(CommitmentEvent event) {
            Dossier dossier = folded.dossier();
            Dossier.Commitment commitment = dossier.commitments.get(event.commitmentId());
            if (commitment != null) {
                batch.replace(COMMITMENTS, commitmentDocument(collaborationId(), event.commitmentId(),
                        commitment, folded.entry().position()));
            }
        }

        void on(InformationRequestEvent event) {
            Dossier dossier = folded.dossier();
            Dossier.Request request = dossier.requests.get(event.requestId());
            if (request != null) {
                batch.replace(REQUESTS, requestDocument(collaborationId(), event.requestId(), request,
                        folded.entry().position()));
            }
        }

        void none(CollaborationAct event) {
        }

        private String collaborationId() {
            return folded.entry().provenance().collaborationId();
        }
    }

    public static Document commitmentDocument(String collaborationId, String commitmentId, Dossier.Commitment c,
                                              long position) {
        return new Document("_id", commitmentId)
                .append("collaborationId", collaborationId)
                .append("pledgedBy", c.pledgedBy)
                .append("deliverable", c.deliverable)
                .append("dueOn", c.dueOn == null ? null : c.dueOn.toString())
                .append("state", c.state.name())
                .append("onTime", c.onTime)
                .append("agreementId", c.agreementId)
                .append("meetingId", c.meetingId)
                .append("eventIds", c.eventIds)
                .append("position", position);
    }

    public static Document requestDocument(String collaborationId, String requestId, Dossier.Request r,
                                           long position) {
        return new Document("_id", requestId)
                .append("collaborationId", collaborationId)
                .append("requestedBy", r.requestedBy)
                .append("requestedFrom", r.requestedFrom)
                .append("subject", r.subject)
                .append("dueOn", r.dueOn == null ? null : r.dueOn.toString())
                .append("state", r.state.name())
                .append("answeredLate", r.answeredLate)
                .append("eventIds", r.eventIds)
                .append("position", position);
    }
}
