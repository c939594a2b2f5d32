package id.gotong.outcome;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

public record DisputeOutcome(@TargetAggregateIdentifier String outcomeId, String actor, Instant occurredAt,
                             String reason) {
}
