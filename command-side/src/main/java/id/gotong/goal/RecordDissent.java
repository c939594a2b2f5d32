package id.gotong.goal;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** @param version the version the member read and disagrees with */
public record RecordDissent(@TargetAggregateIdentifier String goalId, String actor, Instant occurredAt, int version,
                            String reason) {
}
