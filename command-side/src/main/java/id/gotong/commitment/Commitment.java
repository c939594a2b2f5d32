package id.gotong.commitment;

import id.gotong.act.Acts;
import id.gotong.act.Membership;
import id.gotong.act.NotPermitted;
import id.gotong.act.RuleViolation;
import id.gotong.act.StateConflict;
import id.gotong.events.CommitmentEvent.CommitmentAbandoned;
import id.gotong.events.CommitmentEvent.CommitmentBecameOverdue;
import id.gotong.events.CommitmentEvent.CommitmentFulfilled;
import id.gotong.events.CommitmentEvent.CommitmentPledged;
import id.gotong.events.Provenance;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static id.gotong.act.Acts.required;
import static id.gotong.act.Acts.dayOf;

@Aggregate
public class Commitment {

    static final String SYSTEM = Acts.SYSTEM;

    private enum Settlement { FULFILLED, ABANDONED }

    /** Where a commitment stands; an open commitment may also be overdue. */
    public enum Status { OPEN, FULFILLED, ABANDONED }

    /**
     * A commitment as it stands now.
     *
     * @param onTime  whether it was fulfilled on or before {@code dueOn}; {@code null} unless fulfilled
     * @param version the aggregate version, the resource's {@code ETag}
     */
    public record View(String commitmentId, String collaborationId, String pledgedBy, String deliverable,
                       LocalDate dueOn, String agreementId, String meetingId, String decisionRef, Status status,
                       boolean overdue, Boolean onTime, Long version) {

        /** The view without the fields the transparency feed withholds (the decision reference): see {@code Readers}. */
        public View published() {
            return new View(commitmentId, collaborationId, pledgedBy, deliverable, dueOn, agreementId, meetingId, null,
                    status, overdue, onTime, version);
        }
    }

    @AggregateIdentifier
    private String commitmentId;
    private String collaborationId;
    private String pledger;
    private String deliverable;
    private LocalDate dueOn;
    private String agreementId;
    private String meetingId;
    private String decisionRef;
    private Boolean onTime;
    private boolean overdue;
    private Settlement settlement;

    protected Commitment() {
    }

    @CommandHandler
    public Commitment(PledgeCommitment command, Clock clock, Membership membership) {
        membership.requireMember(command.collaborationId(), command.actor());
        required(command.deliverable(), "deliverable", "Say what will be delivered");
        if (command.dueOn() == null) {
            throw new RuleViolation("required", "dueOn", "Say by which day it will be delivered");
        }
        Provenance provenance = Acts.provenance(CommitmentPledged.class, command.actor(), command.collaborationId(),
                command.occurredAt(), null, clock);
        if (command.dueOn().isBefore(dayOf(provenance.occurredAt(), clock))) {
            throw new RuleViolation("due-not-before-pledge", "dueOn", "A commitment cannot fall due ("
                    + command.dueOn() + ") before it was pledged");
        }
        apply(new CommitmentPledged(command.commitmentId(), provenance, command.deliverable(), command.dueOn(),
                command.agreementId(), command.meetingId(), command.decisionRef()));
    }

    @CommandHandler
    void fulfil(FulfilCommitment command, Clock clock) {
        requirePledger(command.actor(), "fulfil");
        refuseIfSettled();
        required(command.evidence(), "evidence", "Say or link what shows the deliverable was delivered");
        Provenance provenance = Acts.provenance(CommitmentFulfilled.class, command.actor(), collaborationId,
                command.occurredAt(), null, clock);
        boolean onTime = !dayOf(provenance.occurredAt(), clock).isAfter(dueOn);
        apply(new CommitmentFulfilled(commitmentId, provenance, command.evidence(), onTime));
    }

    @CommandHandler
    void abandon(AbandonCommitment command, Clock clock) {
        requirePledger(command.actor(), "abandon");
        refuseIfSettled();
        required(command.reason(), "reason", "Say why the commitment is abandoned");
        Provenance provenance = Acts.provenance(CommitmentAbandoned.class, command.actor(), collaborationId,
                command.occurredAt(), null, clock);
        apply(new CommitmentAbandoned(commitmentId, provenance, command.reason()));
    }

    @CommandHandler
    void markOverdue(MarkCommitmentOverdue command, Clock clock) {
        if (settlement != null || overdue || !LocalDate.now(clock).isAfter(dueOn)) {
            return;
        }
        Instant dueEnded = dueOn.plusDays(1).atStartOfDay(clock.getZone()).toInstant();
        apply(new CommitmentBecameOverdue(commitmentId, Acts.provenance(CommitmentBecameOverdue.class, SYSTEM,
                collaborationId, dueEnded, null, clock), dueOn));
    }

    public View view() {
        Status status = settlement == null ? Status.OPEN : Status.valueOf(settlement.name());
        return new View(commitmentId, collaborationId, pledger, deliverable, dueOn, agreementId, meetingId,
                decisionRef, status, overdue, onTime, AggregateLifecycle.getVersion());
    }

    private void requirePledger(String actor, String act) {
        if (!pledger.equals(actor)) {
            throw new NotPermitted("pledger-only", "Only " + pledger + ", who pledged commitment " + commitmentId
                    + ", may " + act + " it; " + actor + " did not pledge it");
        }
    }

    private void refuseIfSettled() {
        if (settlement != null) {
            throw new StateConflict("commitment-settled", "Commitment " + commitmentId + " was already "
                    + settlement.name().toLowerCase());
        }
    }

    @EventSourcingHandler
    void on(CommitmentPledged event) {
        commitmentId = event.commitmentId();
        collaborationId = event.provenance().collaborationId();
        pledger = event.provenance().actor();
        deliverable = event.deliverable();
        dueOn = event.dueOn();
        agreementId = event.agreementId();
        meetingId = event.meetingId();
        decisionRef = event.decisionRef();
    }

    @EventSourcingHandler
    void on(CommitmentFulfilled event) {
        settlement = Settlement.FULFILLED;
        onTime = event.onTime();
    }

    @EventSourcingHandler
    void on(CommitmentBecameOverdue event) {
        overdue = true;
    }

    @EventSourcingHandler
    void on(CommitmentAbandoned event) {
        settlement = Settlement.ABANDONED;
    }
}
