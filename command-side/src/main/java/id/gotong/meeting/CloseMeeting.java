package id.gotong.meeting;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.time.Instant;

public record CloseMeeting(@TargetAggregateIdentifier String meetingId, String actor, Instant occurredAt,
                           @TargetAggregateVersion Long expectedVersion) {

    /** Acts on whatever version is current. */
    public CloseMeeting(String meetingId, String actor, Instant occurredAt) {
        this(meetingId, actor, occurredAt, null);
    }
}
