package id.gotong.information;

import id.gotong.act.Acts;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.time.LocalDate;

/** @param requestedFrom the stakeholder id of the member asked to answer by the end of {@code dueOn} */
public record RequestInformation(@TargetAggregateIdentifier String requestId, String actor, Instant occurredAt,
                                 String collaborationId, String requestedFrom, String subject, LocalDate dueOn) {

    public RequestInformation {
        Acts.dateInRange(dueOn, "dueOn");
    }
}
