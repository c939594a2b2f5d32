package id.gotong.meeting;

import id.gotong.act.Acts;
import id.gotong.events.MeetingEvent.Channel;
import id.gotong.events.MeetingEvent.Formality;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/** @param invitees registered stakeholders invited, members or not (a guest university, a radio station) */
public record ConveneMeeting(@TargetAggregateIdentifier String meetingId, String actor, Instant occurredAt,
                             String collaborationId, String title, List<String> agenda, Instant scheduledAt,
                             Formality formality, Channel channel, Set<String> invitees) {

    public ConveneMeeting {
        Acts.dateInRange(scheduledAt, "scheduledAt");
        agenda = agenda == null ? List.of() : List.copyOf(agenda);
        invitees = invitees == null ? Set.of() : Set.copyOf(invitees);
    }
}
