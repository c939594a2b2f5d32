package id.gotong.outcome;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

public record ConfirmOutcome(@TargetAggregateIdentifier String outcomeId, String actor, Instant occurredAt) {
}
