package id.gotong.commitment;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Sent by the scheduler; harmless to send early or twice. */
public record MarkCommitmentOverdue(@TargetAggregateIdentifier String commitmentId) {
}
