package id.gotong.agreement;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.time.LocalDate;

/**
 * States the amended terms in full.
 *
 * @param validUntil the new last day of validity, or {@code null} to make the agreement open-ended
 */
public record AmendAgreement(@TargetAggregateIdentifier String agreementId, String actor, Instant occurredAt,
                             String termsSummary, LocalDate validUntil, String reason) {
}
