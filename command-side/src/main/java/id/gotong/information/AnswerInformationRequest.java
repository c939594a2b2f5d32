package id.gotong.information;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** @param link where the information can be found, or {@code null} */
public record AnswerInformationRequest(@TargetAggregateIdentifier String requestId, String actor, Instant occurredAt,
                                       String answerSummary, String link) {
}
