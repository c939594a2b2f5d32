package id.gotong.collaboration;

import id.gotong.events.Role;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.time.Instant;

public record ChangeRole(@TargetAggregateIdentifier String collaborationId, String actor, Instant occurredAt,
                         String stakeholderId, Role role, String authority,
                         @TargetAggregateVersion Long expectedVersion) {

    /** Acts on whatever version is current. */
    public ChangeRole(String collaborationId, String actor, Instant occurredAt, String stakeholderId, Role role,
                      String authority) {
        this(collaborationId, actor, occurredAt, stakeholderId, role, authority, null);
    }
}
