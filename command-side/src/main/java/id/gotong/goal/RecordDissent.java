package id.gotong.goal;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.time.Instant;

/** @param version the version the member read and disagrees with */
public record RecordDissent(@TargetAggregateIdentifier String goalId, String actor, Instant occurredAt, int version,
                            String reason,
                            @TargetAggregateVersion Long expectedVersion) {

    /** Acts on whatever version is current. */
    public RecordDissent(String goalId, String actor, Instant occurredAt, int version, String reason) {
        this(goalId, actor, occurredAt, version, reason, null);
    }
}
