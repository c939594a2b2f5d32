package id.gotong.commitment;

import id.gotong.act.Acts;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The actor pledges to deliver {@code deliverable} by the end of {@code dueOn}.
 *
 * @param agreementId the agreement the commitment carries out, or {@code null}
 * @param meetingId   the meeting where it was pledged, or {@code null}
 * @param decisionRef the decision in that meeting's minutes, or {@code null}
 */
public record PledgeCommitment(@TargetAggregateIdentifier String commitmentId, String actor, Instant occurredAt,
                               String collaborationId, String deliverable, LocalDate dueOn, String agreementId,
                               String meetingId, String decisionRef) {

    public PledgeCommitment {
        Acts.dateInRange(dueOn, "dueOn");
    }
}
