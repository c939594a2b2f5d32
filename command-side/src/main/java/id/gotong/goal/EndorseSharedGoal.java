package id.gotong.goal;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** @param version the version the member read and endorses; refused if the goal has been revised since */
public record EndorseSharedGoal(@TargetAggregateIdentifier String goalId, String actor, Instant occurredAt,
                                int version) {
}
