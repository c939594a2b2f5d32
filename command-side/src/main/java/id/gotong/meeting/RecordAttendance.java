package id.gotong.meeting;

import id.gotong.events.MeetingEvent.Attendance;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.util.List;

public record RecordAttendance(@TargetAggregateIdentifier String meetingId, String actor, Instant occurredAt,
                               List<Attendance> entries) {

    public RecordAttendance {
        entries = entries == null ? List.of() : List.copyOf(entries);
    }
}
