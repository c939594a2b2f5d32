package id.gotong.collaboration;

import id.gotong.events.CollaborationEvent.DriverKind;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

public record RecordDriver(@TargetAggregateIdentifier String collaborationId, String actor, Instant occurredAt,
                           DriverKind kind, String description) {
}
