package id.gotong.goal;

import id.gotong.events.SharedGoalEvent.GoalKind;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

public record ProposeSharedGoal(@TargetAggregateIdentifier String goalId, String actor, Instant occurredAt,
                                String collaborationId, GoalKind kind, String statement) {
}
