package id.gotong.collaboration;

import id.gotong.act.Acts;
import id.gotong.events.CollaborationEvent.PlannedEvent;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.time.Instant;
import java.util.List;

public record PublishEventCalendar(@TargetAggregateIdentifier String collaborationId, String actor,
                                   Instant occurredAt, List<PlannedEvent> entries,
                                   @TargetAggregateVersion Long expectedVersion) {

    public PublishEventCalendar {
        entries = entries == null ? List.of() : List.copyOf(entries);
        for (int i = 0; i < entries.size(); i++) {
            Acts.dateInRange(entries.get(i).date(), "entries[" + i + "].date");
        }
    }

    /** Acts on whatever version is current. */
    public PublishEventCalendar(String collaborationId, String actor, Instant occurredAt,
                                List<PlannedEvent> entries) {
        this(collaborationId, actor, occurredAt, entries, null);
    }
}
