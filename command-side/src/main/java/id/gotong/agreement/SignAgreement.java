package id.gotong.agreement;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** The actor signs the agreement's current version, for itself. */
public record SignAgreement(@TargetAggregateIdentifier String agreementId, String actor, Instant occurredAt) {
}
