package id.gotong.outcome;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.time.Instant;

/** @param expectedVersion the aggregate version the actor saw (HTTP {@code If-Match}), or {@code null} for any */
public record DisputeOutcome(@TargetAggregateIdentifier String outcomeId, String actor, Instant occurredAt,
                             String reason, @TargetAggregateVersion Long expectedVersion) {

    public DisputeOutcome(String outcomeId, String actor, Instant occurredAt, String reason) {
        this(outcomeId, actor, occurredAt, reason, null);
    }
}
