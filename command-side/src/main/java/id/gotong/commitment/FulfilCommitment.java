package id.gotong.commitment;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** @param evidence what shows the deliverable was delivered: a description or a link */
public record FulfilCommitment(@TargetAggregateIdentifier String commitmentId, String actor, Instant occurredAt,
                               String evidence) {
}
