package id.gotong.agreement;

import id.gotong.act.Acts;
import id.gotong.events.AgreementKind;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

/**
 * @param parties    stakeholder ids of the members that must sign
 * @param validUntil the last day of validity, or {@code null} for an open-ended agreement
 */
public record DraftAgreement(@TargetAggregateIdentifier String agreementId, String actor, Instant occurredAt,
                             String collaborationId, AgreementKind kind, String number, String title,
                             Set<String> parties, String termsSummary, LocalDate validFrom, LocalDate validUntil) {

    public DraftAgreement {
        Acts.dateInRange(validFrom, "validFrom");
        Acts.dateInRange(validUntil, "validUntil");
    }
}
