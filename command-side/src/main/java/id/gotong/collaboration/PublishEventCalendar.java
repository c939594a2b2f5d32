package id.gotong.collaboration;

import id.gotong.events.CollaborationEvent.PlannedEvent;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.util.List;

public record PublishEventCalendar(@TargetAggregateIdentifier String collaborationId, String actor,
                                   Instant occurredAt, List<PlannedEvent> entries) {

    public PublishEventCalendar {
        entries = entries == null ? List.of() : List.copyOf(entries);
    }
}
