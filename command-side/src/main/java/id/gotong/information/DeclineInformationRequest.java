package id.gotong.information;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

public record DeclineInformationRequest(@TargetAggregateIdentifier String requestId, String actor, Instant occurredAt,
                                        String reason) {
}
