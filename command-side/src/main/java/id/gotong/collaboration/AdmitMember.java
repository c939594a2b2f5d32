package id.gotong.collaboration;

import id.gotong.events.Role;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** @param authority the decree or letter that appoints the member, e.g. "Keputusan Bupati Toba 724/2022", or null */
public record AdmitMember(@TargetAggregateIdentifier String collaborationId, String actor, Instant occurredAt,
                          String stakeholderId, Role role, String authority) {
}
