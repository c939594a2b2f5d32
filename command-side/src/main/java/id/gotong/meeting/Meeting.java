package id.gotong.meeting;

import id.gotong.act.Acts;
import id.gotong.act.Membership;
import id.gotong.act.RuleViolation;
import id.gotong.act.StateConflict;
import id.gotong.events.CollaborationAct;
import id.gotong.events.MeetingEvent.Attendance;
import id.gotong.events.MeetingEvent.AttendanceRecorded;
import id.gotong.events.MeetingEvent.AttendanceStatus;
import id.gotong.events.MeetingEvent.Channel;
import id.gotong.events.MeetingEvent.Formality;
import id.gotong.events.MeetingEvent.MeetingCancelled;
import id.gotong.events.MeetingEvent.MeetingClosed;
import id.gotong.events.MeetingEvent.MeetingConvened;
import id.gotong.events.MeetingEvent.MinutesRecorded;
import id.gotong.events.PersonalData;
import id.gotong.events.Provenance;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static id.gotong.act.Acts.required;

/**
 * A meeting is open from convening until it is cancelled or closed. Attendance may name anyone invited plus anyone
 * who is a member when attendance is recorded: members often join a forum meeting without a letter of their own.
 */
@Aggregate
public class Meeting {

    public enum Stage { OPEN, CANCELLED, CLOSED }

    /**
     * A meeting as it stands now.
     *
     * @param attendanceRecordedFor the stakeholders whose attendance (present, absent, represented) is recorded
     * @param attendance            the attendance as recorded, in the order recorded
     * @param version               the aggregate version, the resource's {@code ETag}
     */
    public record View(String meetingId, String collaborationId, String title, List<String> agenda,
                       Instant scheduledAt, Formality formality, Channel channel, SortedSet<String> invitees,
                       Stage stage, SortedSet<String> attendanceRecordedFor, List<AttendanceView> attendance,
                       boolean minutesRecorded, Long version) {

        /**
         * The view without the fields the transparency feed withholds (the agenda, representatives' names): see
         * {@code Readers}.
         */
        public View published() {
            List<AttendanceView> withoutNames = attendance == null ? null : attendance.stream()
                    .map(a -> new AttendanceView(a.stakeholderId(), a.status(), null)).toList();
            return new View(meetingId, collaborationId, title, null, scheduledAt, formality, channel, invitees, stage,
                    attendanceRecordedFor, withoutNames, minutesRecorded, version);
        }
    }

    /** @param representedBy the representative, for {@code REPRESENTED} only */
    public record AttendanceView(String stakeholderId, AttendanceStatus status, Representative representedBy) {

        static AttendanceView of(Attendance attendance) {
            PersonalData by = attendance.representedBy();
            return new AttendanceView(attendance.stakeholderId(), attendance.status(),
                    by == null ? null : new Representative(by.subject(), by.value(), by.erased()));
        }
    }

    /**
     * A private person who represented a stakeholder.
     *
     * @param subject the data subject; {@code null} for a name recorded in clear before names were encrypted
     * @param name    {@code null} once the subject is erased
     */
    public record Representative(String subject, String name, boolean erased) {
    }

    @AggregateIdentifier
    private String meetingId;
    private String collaborationId;
    private String title;
    private List<String> agenda;
    private Instant scheduledAt;
    private Formality formality;
    private Channel channel;
    private Stage stage;
    private final Set<String> invitees = new HashSet<>();
    private final Set<String> attendanceRecorded = new HashSet<>();
    private final List<Attendance> attendance = new ArrayList<>();
    private boolean minutesRecorded;

    protected Meeting() {
    }

    // CREATE_IF_MISSING rather than a constructor: convening an existing id is refused by a named rule.
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(ConveneMeeting command, Clock clock, Membership membership) {
        if (meetingId != null) {
            throw new StateConflict("meeting-convened-once", "Meeting " + command.meetingId() + " is already convened");
        }
        membership.requireMember(command.collaborationId(), command.actor());
        required(command.title(), "title", "A meeting needs a title");
        if (command.scheduledAt() == null) {
            throw new RuleViolation("required", "scheduledAt", "Say when the meeting takes place");
        }
        if (command.formality() == null) {
            throw new RuleViolation("required", "formality", "Say whether the meeting is formal or informal");
        }
        if (command.channel() == null) {
            throw new RuleViolation("required", "channel", "Say whether the meeting is in person, online or by message");
        }
        for (String invitee : command.invitees()) {
            if (!membership.stakeholderExists(invitee)) {
                throw new RuleViolation("stakeholder-registered", "invitees",
                        "No stakeholder " + invitee + " is registered");
            }
        }
        apply(new MeetingConvened(command.meetingId(),
                Acts.provenance(MeetingConvened.class, command.actor(), command.collaborationId(),
                        command.occurredAt(), null, clock),
                command.title(), command.agenda(), command.scheduledAt(), command.formality(), command.channel(),
                command.invitees()));
    }

    @CommandHandler
    void handle(CancelMeeting command, Clock clock, Membership membership) {
        membership.requireMember(collaborationId, command.actor());
        requireOpen("cancel");
        required(command.reason(), "reason", "Say why the meeting is cancelled");
        if (!attendanceRecorded.isEmpty() || minutesRecorded) {
            throw new StateConflict("cancelled-only-before-held",
                    "Meeting " + meetingId + " was held (attendance or minutes are recorded); close it instead");
        }
        apply(new MeetingCancelled(meetingId,
                provenance(MeetingCancelled.class, command.actor(), command.occurredAt(), clock), command.reason()));
    }

    @CommandHandler
    void handle(RecordAttendance command, Clock clock, Membership membership) {
        membership.requireMember(collaborationId, command.actor());
        requireOpen("record attendance of");
        if (command.entries().isEmpty()) {
            throw new RuleViolation("required", "entries", "Attendance names at least one stakeholder");
        }
        Set<String> named = new HashSet<>();
        for (int i = 0; i < command.entries().size(); i++) {
            Attendance entry = command.entries().get(i);
            String field = "entries[" + i + "]";
            required(entry.stakeholderId(), field + ".stakeholderId", "Name who attended or was absent");
            if (entry.status() == null) {
                throw new RuleViolation("required", field + ".status", "Say whether the stakeholder was present, "
                        + "absent or represented");
            }
            boolean represented = entry.status() == AttendanceStatus.REPRESENTED;
            PersonalData representative = entry.representedBy();
            boolean representativeNamed = representative != null && representative.value() != null
                    && !representative.value().isBlank();
            if (represented != representativeNamed) {
                throw new RuleViolation("represented-by-named-when-represented", field + ".representedBy",
                        "A representative is named exactly when the stakeholder was represented");
            }
            if (representativeNamed && representative.legacy()) {
                throw new RuleViolation("required", field + ".representedBy.subject",
                        "A representative's name is recorded for a data subject, so that it can be erased");
            }
            if (!invitees.contains(entry.stakeholderId())
                    && !membership.isMember(collaborationId, entry.stakeholderId())) {
                throw new RuleViolation("attendee-invited-or-member", field + ".stakeholderId", entry.stakeholderId()
                        + " was neither invited to meeting " + meetingId + " nor is a member of " + collaborationId);
            }
            if (!named.add(entry.stakeholderId()) || attendanceRecorded.contains(entry.stakeholderId())) {
                throw new StateConflict("attendance-recorded-once-per-stakeholder", "The attendance of "
                        + entry.stakeholderId() + " at meeting " + meetingId + " is already recorded");
            }
        }
        apply(new AttendanceRecorded(meetingId,
                provenance(AttendanceRecorded.class, command.actor(), command.occurredAt(), clock), command.entries()));
    }

    @CommandHandler
    void handle(RecordMinutes command, Clock clock, Membership membership) {
        membership.requireMember(collaborationId, command.actor());
        requireOpen("record minutes of");
        required(command.summary(), "summary", "Minutes need a summary");
        if (minutesRecorded) {
            throw new StateConflict("minutes-recorded-once", "The minutes of meeting " + meetingId
                    + " are already recorded; a correction points at them instead");
        }
        apply(new MinutesRecorded(meetingId,
                provenance(MinutesRecorded.class, command.actor(), command.occurredAt(), clock),
                command.summary(), command.deliberationNotes(), command.decisions()));
    }

    @CommandHandler
    void handle(CloseMeeting command, Clock clock, Membership membership) {
        membership.requireMember(collaborationId, command.actor());
        requireOpen("close");
        apply(new MeetingClosed(meetingId, provenance(MeetingClosed.class, command.actor(), command.occurredAt(), clock)));
    }

    public View view() {
        return new View(meetingId, collaborationId, title, agenda, scheduledAt, formality, channel,
                new TreeSet<>(invitees), stage, new TreeSet<>(attendanceRecorded),
                attendance.stream().map(AttendanceView::of).toList(), minutesRecorded,
                AggregateLifecycle.getVersion());
    }

    @EventSourcingHandler
    void on(MeetingConvened event) {
        meetingId = event.meetingId();
        collaborationId = event.provenance().collaborationId();
        title = event.title();
        agenda = event.agenda();
        scheduledAt = event.scheduledAt();
        formality = event.formality();
        channel = event.channel();
        stage = Stage.OPEN;
        invitees.addAll(event.invitees());
    }

    @EventSourcingHandler
    void on(MeetingCancelled event) {
        stage = Stage.CANCELLED;
    }

    @EventSourcingHandler
    void on(AttendanceRecorded event) {
        event.entries().forEach(entry -> attendanceRecorded.add(entry.stakeholderId()));
        attendance.addAll(event.entries());
    }

    @EventSourcingHandler
    void on(MinutesRecorded event) {
        minutesRecorded = true;
    }

    @EventSourcingHandler
    void on(MeetingClosed event) {
        stage = Stage.CLOSED;
    }

    private Provenance provenance(Class<? extends CollaborationAct> type, String actor, Instant occurredAt,
                                  Clock clock) {
        return Acts.provenance(type, actor, collaborationId, occurredAt, null, clock);
    }

    private void requireOpen(String act) {
        if (stage != Stage.OPEN) {
            throw new StateConflict("meeting-open", "Cannot " + act + " meeting " + meetingId + ": it is "
                    + stage.name().toLowerCase());
        }
    }

}
