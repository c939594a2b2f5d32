package id.gotong.collaboration;

import id.gotong.events.CollaborationEvent.DriverKind;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.time.Instant;

public record RecordDriver(@TargetAggregateIdentifier String collaborationId, String actor, Instant occurredAt,
                           DriverKind kind, String description,
                           @TargetAggregateVersion Long expectedVersion) {

    /** Acts on whatever version is current. */
    public RecordDriver(String collaborationId, String actor, Instant occurredAt, DriverKind kind,
                        String description) {
        this(collaborationId, actor, occurredAt, kind, description, null);
    }
}
