package id.gotong.goal;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.time.Instant;

/** @param version the version the member read and endorses; refused if the goal has been revised since */
public record EndorseSharedGoal(@TargetAggregateIdentifier String goalId, String actor, Instant occurredAt,
                                int version,
                                @TargetAggregateVersion Long expectedVersion) {

    /** Acts on whatever version is current. */
    public EndorseSharedGoal(String goalId, String actor, Instant occurredAt, int version) {
        this(goalId, actor, occurredAt, version, null);
    }
}
