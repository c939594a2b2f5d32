package id.gotong.collaboration;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.time.Instant;

/** {@code stakeholderId} is the member leaving; it equals {@code actor} when a member withdraws itself. */
public record WithdrawMember(@TargetAggregateIdentifier String collaborationId, String actor, Instant occurredAt,
                             String stakeholderId, String reason,
                             @TargetAggregateVersion Long expectedVersion) {

    /** Acts on whatever version is current. */
    public WithdrawMember(String collaborationId, String actor, Instant occurredAt, String stakeholderId,
                          String reason) {
        this(collaborationId, actor, occurredAt, stakeholderId, reason, null);
    }
}
