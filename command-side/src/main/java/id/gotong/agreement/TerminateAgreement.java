package id.gotong.agreement;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

public record TerminateAgreement(@TargetAggregateIdentifier String agreementId, String actor, Instant occurredAt,
                                 String reason) {
}
