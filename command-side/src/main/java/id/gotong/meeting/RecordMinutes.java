package id.gotong.meeting;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.util.List;

public record RecordMinutes(@TargetAggregateIdentifier String meetingId, String actor, Instant occurredAt,
                            String summary, String deliberationNotes, List<String> decisions) {

    public RecordMinutes {
        decisions = decisions == null ? List.of() : List.copyOf(decisions);
    }
}
