package id.gotong.collaboration;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.time.Instant;

/** @param authority the decree that hands over the lead, or null */
public record RecordLeadershipChange(@TargetAggregateIdentifier String collaborationId, String actor,
                                     Instant occurredAt, String newLeadStakeholderId, String reason,
                                     String authority,
                                     @TargetAggregateVersion Long expectedVersion) {

    /** Acts on whatever version is current. */
    public RecordLeadershipChange(String collaborationId, String actor, Instant occurredAt,
                                  String newLeadStakeholderId, String reason, String authority) {
        this(collaborationId, actor, occurredAt, newLeadStakeholderId, reason, authority, null);
    }
}
