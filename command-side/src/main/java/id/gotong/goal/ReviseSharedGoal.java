package id.gotong.goal;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.time.Instant;

/** @param version the version being revised; refused if another revision came first */
public record ReviseSharedGoal(@TargetAggregateIdentifier String goalId, String actor, Instant occurredAt,
                               int version, String statement, String reason,
                               @TargetAggregateVersion Long expectedVersion) {

    /** Acts on whatever version is current. */
    public ReviseSharedGoal(String goalId, String actor, Instant occurredAt, int version,
                            String statement, String reason) {
        this(goalId, actor, occurredAt, version, statement, reason, null);
    }
}
