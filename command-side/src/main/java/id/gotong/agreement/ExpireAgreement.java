package id.gotong.agreement;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Sent by the scheduler; harmless to send early or twice. */
public record ExpireAgreement(@TargetAggregateIdentifier String agreementId) {
}
