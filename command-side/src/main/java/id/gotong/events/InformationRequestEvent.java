package id.gotong.events;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

import static id.gotong.events.TheoryElement.AG_TRUST_BUILDING;
import static id.gotong.events.TheoryElement.EN_CAPACITY_KNOWLEDGE;
import static id.gotong.events.TheoryElement.EN_DRIVER_UNCERTAINTY;
import static id.gotong.events.TheoryElement.EN_PRINCIPLED_ENGAGEMENT_DISCOVERY;
import static id.gotong.events.TheoryElement.EN_SHARED_MOTIVATION_TRUST;

/**
 * A member asks another for information or data, and the answer, the refusal or the silence that follows (seed 000:
 * the e-commerce partner never answered the request for SME data). The requester is the actor of
 * {@link InformationRequested}. A due date passes at the end of that day in the zone of the server's clock.
 */
public sealed interface InformationRequestEvent extends CollaborationAct {

    String requestId();

    /** @param requestedFrom the stakeholder id of the member asked to answer */
    @Revision("1")
    @Evidences({EN_CAPACITY_KNOWLEDGE, EN_PRINCIPLED_ENGAGEMENT_DISCOVERY})
    record InformationRequested(String requestId, Provenance provenance, String requestedFrom, String subject,
                                LocalDate dueOn) implements InformationRequestEvent {
    }

    /**
     * @param link   where the information can be found, or {@code null}
     * @param onTime whether the answer ({@code provenance.occurredAt()}) came on or before the due date; an answer
     *               after the request lapsed is still recorded, with {@code onTime = false}
     */
    @Revision("1")
    @Evidences({AG_TRUST_BUILDING, EN_SHARED_MOTIVATION_TRUST, EN_CAPACITY_KNOWLEDGE})
    record InformationRequestAnswered(String requestId, Provenance provenance, String answerSummary, String link,
                                      boolean onTime) implements InformationRequestEvent {
    }

    /** A refusal with reasons still answers the request; it is not silence. */
    @Revision("1")
    @Evidences({AG_TRUST_BUILDING, EN_SHARED_MOTIVATION_TRUST, EN_DRIVER_UNCERTAINTY})
    record InformationRequestDeclined(String requestId, Provenance provenance, String reason)
            implements InformationRequestEvent {
    }

    /**
     * The due date passed with no answer: the information asymmetry Emerson &amp; Nabatchi count as uncertainty.
     * Recorded by the system; {@code provenance.occurredAt()} is the start of the day after {@code dueOn}.
     */
    @Revision("1")
    @Evidences({AG_TRUST_BUILDING, EN_SHARED_MOTIVATION_TRUST, EN_DRIVER_UNCERTAINTY})
    record InformationRequestLapsed(String requestId, Provenance provenance, LocalDate dueOn)
            implements InformationRequestEvent {
    }
}
