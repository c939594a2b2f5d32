package id.gotong.information;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.time.Instant;

/** @param expectedVersion the aggregate version the actor saw (HTTP {@code If-Match}), or {@code null} for any */
public record DeclineInformationRequest(@TargetAggregateIdentifier String requestId, String actor, Instant occurredAt,
                                        String reason, @TargetAggregateVersion Long expectedVersion) {

    public DeclineInformationRequest(String requestId, String actor, Instant occurredAt, String reason) {
        this(requestId, actor, occurredAt, reason, null);
    }
}
