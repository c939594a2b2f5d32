package id.gotong.information;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Sent by the scheduler; harmless to send early or twice. */
public record LapseInformationRequest(@TargetAggregateIdentifier String requestId) {
}
