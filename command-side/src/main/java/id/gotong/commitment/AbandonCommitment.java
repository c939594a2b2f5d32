package id.gotong.commitment;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.time.Instant;

/** @param expectedVersion the aggregate version the actor saw (HTTP {@code If-Match}), or {@code null} for any */
public record AbandonCommitment(@TargetAggregateIdentifier String commitmentId, String actor, Instant occurredAt,
                                String reason, @TargetAggregateVersion Long expectedVersion) {

    public AbandonCommitment(String commitmentId, String actor, Instant occurredAt, String reason) {
        this(commitmentId, actor, occurredAt, reason, null);
    }
}
