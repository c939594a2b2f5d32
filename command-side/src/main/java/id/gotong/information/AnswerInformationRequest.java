package id.gotong.information;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.time.Instant;

/**
 * @param link            where the information can be found, or {@code null}
 * @param expectedVersion the aggregate version the actor saw (HTTP {@code If-Match}), or {@code null} for any
 */
public record AnswerInformationRequest(@TargetAggregateIdentifier String requestId, String actor, Instant occurredAt,
                                       String answerSummary, String link,
                                       @TargetAggregateVersion Long expectedVersion) {

    public AnswerInformationRequest(String requestId, String actor, Instant occurredAt, String answerSummary,
                                    String link) {
        this(requestId, actor, occurredAt, answerSummary, link, null);
    }
}
