package id.gotong.meeting;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.time.Instant;
import java.util.List;

public record RecordMinutes(@TargetAggregateIdentifier String meetingId, String actor, Instant occurredAt,
                            String summary, String deliberationNotes, List<String> decisions,
                            @TargetAggregateVersion Long expectedVersion) {

    public RecordMinutes {
        decisions = decisions == null ? List.of() : List.copyOf(decisions);
    }

    /** Acts on whatever version is current. */
    public RecordMinutes(String meetingId, String actor, Instant occurredAt, String summary,
                         String deliberationNotes, List<String> decisions) {
        this(meetingId, actor, occurredAt, summary, deliberationNotes, decisions, null);
    }
}
