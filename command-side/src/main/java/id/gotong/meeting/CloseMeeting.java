package id.gotong.meeting;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

public record CloseMeeting(@TargetAggregateIdentifier String meetingId, String actor, Instant occurredAt) {
}
