package id.gotong.agreement;

import id.gotong.act.Acts;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.time.Instant;
import java.time.LocalDate;

/**
 * States the amended terms in full.
 *
 * @param validUntil      the new last day of validity, or {@code null} to make the agreement open-ended
 * @param expectedVersion the aggregate version the actor saw (HTTP {@code If-Match}), or {@code null} for any
 */
public record AmendAgreement(@TargetAggregateIdentifier String agreementId, String actor, Instant occurredAt,
                             String termsSummary, LocalDate validUntil, String reason,
                             @TargetAggregateVersion Long expectedVersion) {

    public AmendAgreement {
        Acts.dateInRange(validUntil, "validUntil");
    }

    public AmendAgreement(String agreementId, String actor, Instant occurredAt, String termsSummary,
                          LocalDate validUntil, String reason) {
        this(agreementId, actor, occurredAt, termsSummary, validUntil, reason, null);
    }
}
