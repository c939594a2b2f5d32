package id.gotong.collaboration;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** {@code stakeholderId} is the member leaving; it equals {@code actor} when a member withdraws itself. */
public record WithdrawMember(@TargetAggregateIdentifier String collaborationId, String actor, Instant occurredAt,
                             String stakeholderId, String reason) {
}
