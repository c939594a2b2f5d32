package id.gotong.commitment;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

public record AbandonCommitment(@TargetAggregateIdentifier String commitmentId, String actor, Instant occurredAt,
                                String reason) {
}
