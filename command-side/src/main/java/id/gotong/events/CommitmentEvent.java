package id.gotong.events;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

import static id.gotong.events.TheoryElement.AG_COMMITMENT_TO_PROCESS;
import static id.gotong.events.TheoryElement.AG_TRUST_BUILDING;
import static id.gotong.events.TheoryElement.EN_SHARED_MOTIVATION_COMMITMENT;
import static id.gotong.events.TheoryElement.EN_SHARED_MOTIVATION_TRUST;

/**
 * A party's promise to deliver something by a date, and what became of it. The pledger is the actor of
 * {@link CommitmentPledged}. A due date is a calendar day: it passes at the end of that day in the zone of the
 * server's clock.
 */
public sealed interface CommitmentEvent extends CollaborationAct {

    String commitmentId();

    /**
     * @param agreementId the agreement the commitment carries out, or {@code null}
     * @param meetingId   the meeting where it was pledged, or {@code null}
     * @param decisionRef the decision in that meeting's minutes, or {@code null}
     */
    @Revision("1")
    @Evidences({AG_COMMITMENT_TO_PROCESS, EN_SHARED_MOTIVATION_COMMITMENT})
    record CommitmentPledged(String commitmentId, Provenance provenance, String deliverable, LocalDate dueOn,
                             String agreementId, String meetingId, String decisionRef) implements CommitmentEvent {
    }

    /**
     * @param evidence what shows the deliverable was delivered: a description or a link
     * @param onTime   whether the fulfilment happened ({@code provenance.occurredAt()}) on or before the due date;
     *                 a fulfilment after the commitment became overdue is recorded with {@code onTime = false}
     */
    @Revision("1")
    @Evidences({AG_TRUST_BUILDING, EN_SHARED_MOTIVATION_TRUST})
    record CommitmentFulfilled(String commitmentId, Provenance provenance, String evidence, boolean onTime)
            implements CommitmentEvent {
    }

    /** Recorded by the system; {@code provenance.occurredAt()} is the start of the day after {@code dueOn}. */
    @Revision("1")
    @Evidences({AG_TRUST_BUILDING, EN_SHARED_MOTIVATION_TRUST})
    record CommitmentBecameOverdue(String commitmentId, Provenance provenance, LocalDate dueOn)
            implements CommitmentEvent {
    }

    @Revision("1")
    @Evidences({AG_COMMITMENT_TO_PROCESS, EN_SHARED_MOTIVATION_COMMITMENT})
    record CommitmentAbandoned(String commitmentId, Provenance provenance, String reason) implements CommitmentEvent {
    }
}
