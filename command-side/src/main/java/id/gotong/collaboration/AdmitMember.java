package id.gotong.collaboration;

import id.gotong.events.Role;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.time.Instant;

/** @param authority the decree or letter that appoints the member, e.g. "Keputusan Bupati Toba 724/2022", or null */
public record AdmitMember(@TargetAggregateIdentifier String collaborationId, String actor, Instant occurredAt,
                          String stakeholderId, Role role, String authority,
                          @TargetAggregateVersion Long expectedVersion) {

    /** Acts on whatever version is current. */
    public AdmitMember(String collaborationId, String actor, Instant occurredAt, String stakeholderId, Role role,
                       String authority) {
        this(collaborationId, actor, occurredAt, stakeholderId, role, authority, null);
    }
}
