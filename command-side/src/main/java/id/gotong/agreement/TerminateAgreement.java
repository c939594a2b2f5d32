package id.gotong.agreement;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.time.Instant;

/** @param expectedVersion the aggregate version the actor saw (HTTP {@code If-Match}), or {@code null} for any */
public record TerminateAgreement(@TargetAggregateIdentifier String agreementId, String actor, Instant occurredAt,
                                 String reason, @TargetAggregateVersion Long expectedVersion) {

    public TerminateAgreement(String agreementId, String actor, Instant occurredAt, String reason) {
        this(agreementId, actor, occurredAt, reason, null);
    }
}
