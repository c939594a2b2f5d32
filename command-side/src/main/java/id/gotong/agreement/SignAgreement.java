package id.gotong.agreement;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.time.Instant;

/**
 * The actor signs the agreement's current version, for itself.
 *
 * @param expectedVersion the aggregate version the actor saw (HTTP {@code If-Match}), or {@code null} for any
 */
public record SignAgreement(@TargetAggregateIdentifier String agreementId, String actor, Instant occurredAt,
                            @TargetAggregateVersion Long expectedVersion) {

    public SignAgreement(String agreementId, String actor, Instant occurredAt) {
        this(agreementId, actor, occurredAt, null);
    }
}
