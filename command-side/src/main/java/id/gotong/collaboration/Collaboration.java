package id.gotong.collaboration;

import id.gotong.act.Acts;
import id.gotong.act.Membership;
import id.gotong.act.NotPermitted;
import id.gotong.act.RuleViolation;
import id.gotong.act.StateConflict;
import id.gotong.events.CollaborationAct;
import id.gotong.events.CollaborationEvent.CollaborationRegistered;
import id.gotong.events.CollaborationEvent.DriverRecorded;
import id.gotong.events.CollaborationEvent.EventCalendarPublished;
import id.gotong.events.CollaborationEvent.LeadershipChanged;
import id.gotong.events.CollaborationEvent.MemberAdmitted;
import id.gotong.events.CollaborationEvent.MemberRoleChanged;
import id.gotong.events.CollaborationEvent.MemberWithdrew;
import id.gotong.events.CollaborationEvent.PlannedEvent;
import id.gotong.events.MeetingCadence;
import id.gotong.events.Provenance;
import id.gotong.events.Role;
import id.gotong.events.SmartCityDimension;
import id.gotong.events.TheoryElement;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static id.gotong.act.Acts.required;

/**
 * A collaboration and who belongs to it. Each member holds one role; the lead holds {@link Role#PERSON_IN_CHARGE},
 * and only a leadership change moves that role, so there is always exactly one lead.
 */
@Aggregate
public class Collaboration {

    /** The roles that may admit members and change roles (the Toba decree's secretariat and leadership). */
    private static final Set<Role> MANAGING = EnumSet.of(Role.PERSON_IN_CHARGE, Role.CHAIR, Role.SECRETARY);
    /** Besides the member itself, the roles that may withdraw a member. */
    private static final Set<Role> WITHDRAWING = EnumSet.of(Role.PERSON_IN_CHARGE, Role.SECRETARY);

    /**
     * A collaboration as it stands now.
     *
     * @param members each current member and its role, ordered by stakeholder id
     * @param version the aggregate version, the resource's {@code ETag}
     */
    public record View(String collaborationId, String name, String region, Set<SmartCityDimension> dimensions,
                       List<String> legalBasis, MeetingCadence meetingCadence, String leadStakeholderId,
                       List<Member> members, Long version) {
    }

    public record Member(String stakeholderId, Role role) {
    }

    @AggregateIdentifier
    private String collaborationId;
    private String name;
    private String region;
    private Set<SmartCityDimension> dimensions;
    private List<String> legalBasis;
    private MeetingCadence meetingCadence;
    private String leadStakeholderId;
    private final Map<String, Role> members = new HashMap<>();

    protected Collaboration() {
    }

    // CREATE_IF_MISSING rather than a constructor: registering an existing id is refused by a named rule.
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(RegisterCollaboration command, Clock clock, Membership membership) {
        if (collaborationId != null) {
            throw new StateConflict("collaboration-registered-once",
                    "Collaboration " + command.collaborationId() + " is already registered");
        }
        required(command.name(), "name", "A collaboration needs a name");
        if (command.dimensions().isEmpty()) {
            throw new RuleViolation("required", "dimensions", "A collaboration works in at least one smart-city dimension");
        }
        if (command.meetingCadence() == null) {
            throw new RuleViolation("required", "meetingCadence", "A collaboration says how often its forum meets");
        }
        required(command.leadStakeholderId(), "leadStakeholderId", "A collaboration needs a lead");
        requireRegistered(membership, command.leadStakeholderId(), "leadStakeholderId");

        String authority = command.legalBasis().isEmpty() ? null : String.join("; ", command.legalBasis());
        apply(new CollaborationRegistered(command.collaborationId(),
                Acts.provenance(CollaborationRegistered.class, command.actor(), command.collaborationId(),
                        command.occurredAt(), authority, clock),
                command.name(), command.region(), command.dimensions(), command.legalBasis(),
                command.leadStakeholderId(), command.meetingCadence()));
        apply(new MemberAdmitted(command.collaborationId(),
                Acts.provenance(MemberAdmitted.class, command.actor(), command.collaborationId(),
                        command.occurredAt(), authority, clock),
                command.leadStakeholderId(), Role.PERSON_IN_CHARGE));
    }

    @CommandHandler
    void handle(AdmitMember command, Clock clock, Membership membership) {
        requireManaging(command.actor());
        required(command.stakeholderId(), "stakeholderId", "Name the stakeholder to admit");
        requireRoleOtherThanLead(command.role());
        requireRegistered(membership, command.stakeholderId(), "stakeholderId");
        if (members.containsKey(command.stakeholderId())) {
            throw new StateConflict("member-admitted-once", command.stakeholderId() + " is already a member of "
                    + collaborationId + " as " + members.get(command.stakeholderId()));
        }
        apply(new MemberAdmitted(collaborationId,
                provenance(MemberAdmitted.class, command.actor(), command.occurredAt(), command.authority(), clock),
                command.stakeholderId(), command.role()));
    }

    @CommandHandler
    void handle(ChangeRole command, Clock clock) {
        requireManaging(command.actor());
        requireRoleOtherThanLead(command.role());
        Role previous = requireCurrentMember(command.stakeholderId());
        if (command.stakeholderId().equals(leadStakeholderId)) {
            throw new RuleViolation("person-in-charge-by-leadership-change", "stakeholderId",
                    "The lead keeps the role of person in charge until a leadership change hands it over");
        }
        if (previous == command.role()) {
            return;
        }
        apply(new MemberRoleChanged(collaborationId,
                provenance(MemberRoleChanged.class, command.actor(), command.occurredAt(), command.authority(), clock),
                command.stakeholderId(), previous, command.role()));
    }

    @CommandHandler
    void handle(WithdrawMember command, Clock clock) {
        boolean itself = command.actor() != null && command.actor().equals(command.stakeholderId());
        if (!itself && !WITHDRAWING.contains(members.get(command.actor()))) {
            throw new NotPermitted("withdrawn-by-itself-the-secretary-or-the-lead",
                    "A member withdraws itself, or the secretary or the lead withdraws it; "
                            + command.actor() + " is neither");
        }
        required(command.reason(), "reason", "Say why the member withdraws");
        Role role = requireCurrentMember(command.stakeholderId());
        if (command.stakeholderId().equals(leadStakeholderId)) {
            throw new StateConflict("lead-hands-over-before-withdrawing",
                    "The lead withdraws only after a leadership change has handed the lead to another member");
        }
        apply(new MemberWithdrew(collaborationId,
                provenance(MemberWithdrew.class, command.actor(), command.occurredAt(), null, clock),
                command.stakeholderId(), role, command.reason()));
    }

    @CommandHandler
    void handle(RecordLeadershipChange command, Clock clock) {
        requireManaging(command.actor());
        required(command.newLeadStakeholderId(), "newLeadStakeholderId", "Name the new lead");
        required(command.reason(), "reason", "Say why the lead changes");
        if (command.newLeadStakeholderId().equals(leadStakeholderId)) {
            return;
        }
        requireCurrentMember(command.newLeadStakeholderId());
        apply(new LeadershipChanged(collaborationId,
                provenance(LeadershipChanged.class, command.actor(), command.occurredAt(), command.authority(), clock),
                leadStakeholderId, Role.MEMBER, command.newLeadStakeholderId(), command.reason()));
    }

    @CommandHandler
    void handle(RecordDriver command, Clock clock) {
        requireMember(command.actor());
        if (command.kind() == null) {
            throw new RuleViolation("required", "kind", "Say which kind of driver this is");
        }
        required(command.description(), "description", "Describe the driver");
        Provenance stamped = provenance(DriverRecorded.class, command.actor(), command.occurredAt(), null, clock);
        Set<TheoryElement> evidences = EnumSet.of(command.kind().evidence());
        evidences.addAll(stamped.evidences());
        apply(new DriverRecorded(collaborationId,
                new Provenance(stamped.actor(), stamped.collaborationId(), stamped.occurredAt(), stamped.recordedAt(),
                        stamped.authority(), evidences),
                command.kind(), command.description()));
    }

    @CommandHandler
    void handle(PublishEventCalendar command, Clock clock) {
        requireMember(command.actor());
        List<PlannedEvent> entries = command.entries();
        if (entries.isEmpty()) {
            throw new RuleViolation("required", "entries", "An event calendar lists at least one event");
        }
        for (int i = 0; i < entries.size(); i++) {
            required(entries.get(i).title(), "entries[" + i + "].title", "Every planned event needs a title");
            if (entries.get(i).date() == null) {
                throw new RuleViolation("required", "entries[" + i + "].date", "Every planned event needs a date");
            }
        }
        apply(new EventCalendarPublished(collaborationId,
                provenance(EventCalendarPublished.class, command.actor(), command.occurredAt(), null, clock),
                entries));
    }

    /** The roles the stakeholder holds now: one, or none if it is not (or no longer) a member. */
    Set<Role> rolesOf(String stakeholderId) {
        Role role = members.get(stakeholderId);
        return role == null ? Set.of() : Set.of(role);
    }

    public View view() {
        List<Member> current = new TreeMap<>(members).entrySet().stream()
                .map(member -> new Member(member.getKey(), member.getValue()))
                .toList();
        return new View(collaborationId, name, region, dimensions, legalBasis, meetingCadence, leadStakeholderId,
                current, AggregateLifecycle.getVersion());
    }

    @EventSourcingHandler
    void on(CollaborationRegistered event) {
        collaborationId = event.collaborationId();
        name = event.name();
        region = event.region();
        dimensions = event.dimensions();
        legalBasis = event.legalBasis();
        meetingCadence = event.meetingCadence();
        leadStakeholderId = event.leadStakeholderId();
    }

    @EventSourcingHandler
    void on(MemberAdmitted event) {
        members.put(event.stakeholderId(), event.role());
    }

    @EventSourcingHandler
    void on(MemberRoleChanged event) {
        members.put(event.stakeholderId(), event.role());
    }

    @EventSourcingHandler
    void on(MemberWithdrew event) {
        members.remove(event.stakeholderId());
    }

    @EventSourcingHandler
    void on(LeadershipChanged event) {
        members.put(event.previousLeadStakeholderId(), event.previousLeadStaysAs());
        members.put(event.newLeadStakeholderId(), Role.PERSON_IN_CHARGE);
        leadStakeholderId = event.newLeadStakeholderId();
    }

    private Provenance provenance(Class<? extends CollaborationAct> type, String actor, Instant occurredAt,
                                  String authority, Clock clock) {
        return Acts.provenance(type, actor, collaborationId, occurredAt, authority, clock);
    }

    private void requireMember(String actor) {
        if (!members.containsKey(actor)) {
            throw new NotPermitted("members-only", "Only current members of collaboration " + collaborationId
                    + " may act within it; " + actor + " is not one");
        }
    }

    private void requireManaging(String actor) {
        if (!MANAGING.contains(members.get(actor))) {
            throw new NotPermitted("membership-managed-by-lead-chair-or-secretary",
                    "Only the person in charge, the chair or the secretary of " + collaborationId
                            + " manage its membership; " + actor + " is none of them");
        }
    }

    private Role requireCurrentMember(String stakeholderId) {
        Role role = members.get(stakeholderId);
        if (role == null) {
            throw new StateConflict("current-member", stakeholderId + " is not a current member of " + collaborationId);
        }
        return role;
    }

    private static void requireRoleOtherThanLead(Role role) {
        if (role == null) {
            throw new RuleViolation("required", "role", "Name the member's role");
        }
        if (role == Role.PERSON_IN_CHARGE) {
            throw new RuleViolation("person-in-charge-by-leadership-change", "role",
                    "The role of person in charge changes hands only through a leadership change");
        }
    }

    private static void requireRegistered(Membership membership, String stakeholderId, String field) {
        if (!membership.stakeholderExists(stakeholderId)) {
            throw new RuleViolation("stakeholder-registered", field, "No stakeholder " + stakeholderId + " is registered");
        }
    }

}
