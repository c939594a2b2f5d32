package id.gotong.meeting;

import id.gotong.events.MeetingEvent.Attendance;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.time.Instant;
import java.util.List;

public record RecordAttendance(@TargetAggregateIdentifier String meetingId, String actor, Instant occurredAt,
                               List<Attendance> entries,
                               @TargetAggregateVersion Long expectedVersion) {

    public RecordAttendance {
        entries = entries == null ? List.of() : List.copyOf(entries);
    }

    /** Acts on whatever version is current. */
    public RecordAttendance(String meetingId, String actor, Instant occurredAt, List<Attendance> entries) {
        this(meetingId, actor, occurredAt, entries, null);
    }
}
