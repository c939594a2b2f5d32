package id.gotong.goal;

import id.gotong.act.Acts;
import id.gotong.act.Membership;
import id.gotong.act.RuleViolation;
import id.gotong.act.StateConflict;
import id.gotong.events.CollaborationAct;
import id.gotong.events.Provenance;
import id.gotong.events.SharedGoalEvent.DissentRecorded;
import id.gotong.events.SharedGoalEvent.GoalKind;
import id.gotong.events.SharedGoalEvent.SharedGoalEndorsed;
import id.gotong.events.SharedGoalEvent.SharedGoalProposed;
import id.gotong.events.SharedGoalEvent.SharedGoalRevised;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static id.gotong.act.Acts.required;

/**
 * A shared goal or problem definition. Per version, each member takes one position. A member who dissented may still
 * come round and endorse the same version, since that movement is what deliberation is for; an endorsement is not
 * taken back by a later dissent on the same version, because others may already rely on it. A member who no longer
 * agrees proposes a revision.
 */
@Aggregate
public class SharedGoal {

    private enum Position { ENDORSED, DISSENTED }

    /**
     * A shared goal as it stands now.
     *
     * @param goalVersion the version of the statement, from 1; a revision adds one and the positions start over
     * @param endorsedBy  the members who endorsed {@code goalVersion}
     * @param dissentedBy the members who dissented from {@code goalVersion} and have not endorsed it since
     * @param version     the aggregate version, the resource's {@code ETag}
     */
    public record View(String goalId, String collaborationId, GoalKind kind, String statement, int goalVersion,
                       SortedSet<String> endorsedBy, SortedSet<String> dissentedBy, Long version) {
    }

    @AggregateIdentifier
    private String goalId;
    private String collaborationId;
    private GoalKind kind;
    private int version;
    private String statement;
    private final Map<String, Position> positions = new HashMap<>();

    protected SharedGoal() {
    }

    // CREATE_IF_MISSING rather than a constructor: proposing under an existing id is refused by a named rule.
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(ProposeSharedGoal command, Clock clock, Membership membership) {
        if (goalId != null) {
            throw new StateConflict("shared-goal-proposed-once", "Shared goal " + command.goalId()
                    + " is already proposed; revise it instead");
        }
        membership.requireMember(command.collaborationId(), command.actor());
        if (command.kind() == null) {
            throw new RuleViolation("required", "kind", "Say whether this is a goal or a problem definition");
        }
        required(command.statement(), "statement", "A shared goal needs a statement");
        apply(new SharedGoalProposed(command.goalId(),
                Acts.provenance(SharedGoalProposed.class, command.actor(), command.collaborationId(),
                        command.occurredAt(), null, clock),
                command.kind(), command.statement(), 1));
    }

    @CommandHandler
    void handle(EndorseSharedGoal command, Clock clock, Membership membership) {
        membership.requireMember(collaborationId, command.actor());
        requireCurrentVersion(command.version());
        if (positions.get(command.actor()) == Position.ENDORSED) {
            throw new StateConflict("one-position-per-version", command.actor() + " already endorsed version "
                    + version + " of shared goal " + goalId);
        }
        apply(new SharedGoalEndorsed(goalId,
                provenance(SharedGoalEndorsed.class, command.actor(), command.occurredAt(), clock), version));
    }

    @CommandHandler
    void handle(RecordDissent command, Clock clock, Membership membership) {
        membership.requireMember(collaborationId, command.actor());
        requireCurrentVersion(command.version());
        required(command.reason(), "reason", "A dissent says why");
        Position position = positions.get(command.actor());
        if (position != null) {
            throw new StateConflict("one-position-per-version", command.actor() + " already "
                    + position.name().toLowerCase() + " version " + version + " of shared goal " + goalId);
        }
        apply(new DissentRecorded(goalId,
                provenance(DissentRecorded.class, command.actor(), command.occurredAt(), clock), version,
                command.reason()));
    }

    @CommandHandler
    void handle(ReviseSharedGoal command, Clock clock, Membership membership) {
        membership.requireMember(collaborationId, command.actor());
        requireCurrentVersion(command.version());
        required(command.statement(), "statement", "A revision needs the new statement");
        required(command.reason(), "reason", "A revision says why");
        if (command.statement().equals(statement)) {
            return;
        }
        apply(new SharedGoalRevised(goalId,
                provenance(SharedGoalRevised.class, command.actor(), command.occurredAt(), clock), version + 1,
                command.statement(), command.reason()));
    }

    public View view() {
        return new View(goalId, collaborationId, kind, statement, version, holding(Position.ENDORSED),
                holding(Position.DISSENTED), AggregateLifecycle.getVersion());
    }

    private SortedSet<String> holding(Position position) {
        SortedSet<String> members = new TreeSet<>();
        positions.forEach((member, held) -> {
            if (held == position) {
                members.add(member);
            }
        });
        return members;
    }

    @EventSourcingHandler
    void on(SharedGoalProposed event) {
        goalId = event.goalId();
        collaborationId = event.provenance().collaborationId();
        kind = event.kind();
        version = event.version();
        statement = event.statement();
    }

    @EventSourcingHandler
    void on(SharedGoalEndorsed event) {
        positions.put(event.provenance().actor(), Position.ENDORSED);
    }

    @EventSourcingHandler
    void on(DissentRecorded event) {
        positions.put(event.provenance().actor(), Position.DISSENTED);
    }

    @EventSourcingHandler
    void on(SharedGoalRevised event) {
        version = event.version();
        statement = event.statement();
        positions.clear();
    }

    private void requireCurrentVersion(int referred) {
        if (referred != version) {
            throw new StateConflict("refers-to-current-version", "Shared goal " + goalId + " is at version "
                    + version + ", not " + referred + "; read the current statement first");
        }
    }

    private Provenance provenance(Class<? extends CollaborationAct> type, String actor, Instant occurredAt,
                                  Clock clock) {
        return Acts.provenance(type, actor, collaborationId, occurredAt, null, clock);
    }

}
