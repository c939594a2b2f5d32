package id.gotong.commitment;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.time.Instant;

/**
 * @param evidence        what shows the deliverable was delivered: a description or a link
 * @param expectedVersion the aggregate version the actor saw (HTTP {@code If-Match}), or {@code null} for any
 */
public record FulfilCommitment(@TargetAggregateIdentifier String commitmentId, String actor, Instant occurredAt,
                               String evidence, @TargetAggregateVersion Long expectedVersion) {

    public FulfilCommitment(String commitmentId, String actor, Instant occurredAt, String evidence) {
        this(commitmentId, actor, occurredAt, evidence, null);
    }
}
