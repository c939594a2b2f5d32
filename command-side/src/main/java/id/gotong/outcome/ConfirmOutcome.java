package id.gotong.outcome;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.time.Instant;

/** @param expectedVersion the aggregate version the actor saw (HTTP {@code If-Match}), or {@code null} for any */
public record ConfirmOutcome(@TargetAggregateIdentifier String outcomeId, String actor, Instant occurredAt,
                             @TargetAggregateVersion Long expectedVersion) {

    public ConfirmOutcome(String outcomeId, String actor, Instant occurredAt) {
        this(outcomeId, actor, occurredAt, null);
    }
}
