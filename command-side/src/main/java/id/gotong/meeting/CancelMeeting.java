package id.gotong.meeting;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.time.Instant;

public record CancelMeeting(@TargetAggregateIdentifier String meetingId, String actor, Instant occurredAt,
                            String reason,
                            @TargetAggregateVersion Long expectedVersion) {

    /** Acts on whatever version is current. */
    public CancelMeeting(String meetingId, String actor, Instant occurredAt, String reason) {
        this(meetingId, actor, occurredAt, reason, null);
    }
}
