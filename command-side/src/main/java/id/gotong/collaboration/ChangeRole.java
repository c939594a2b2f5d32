package id.gotong.collaboration;

import id.gotong.events.Role;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

public record ChangeRole(@TargetAggregateIdentifier String collaborationId, String actor, Instant occurredAt,
                         String stakeholderId, Role role, String authority) {
}
