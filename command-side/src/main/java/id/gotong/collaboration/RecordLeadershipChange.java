package id.gotong.collaboration;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** @param authority the decree that hands over the lead, or null */
public record RecordLeadershipChange(@TargetAggregateIdentifier String collaborationId, String actor,
                                     Instant occurredAt, String newLeadStakeholderId, String reason,
                                     String authority) {
}
