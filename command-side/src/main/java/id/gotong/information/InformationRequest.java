package id.gotong.information;

import id.gotong.act.Acts;
import id.gotong.act.Membership;
import id.gotong.act.NotPermitted;
import id.gotong.act.RuleViolation;
import id.gotong.act.StateConflict;
import id.gotong.events.InformationRequestEvent.InformationRequestAnswered;
import id.gotong.events.InformationRequestEvent.InformationRequestDeclined;
import id.gotong.events.InformationRequestEvent.InformationRequestLapsed;
import id.gotong.events.InformationRequestEvent.InformationRequested;
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
public class InformationRequest {

    static final String SYSTEM = Acts.SYSTEM;

    private enum Settlement { ANSWERED, DECLINED }

    /** Where a request stands; an open request may also have lapsed. */
    public enum Status { OPEN, ANSWERED, DECLINED }

    /**
     * An information request as it stands now.
     *
     * @param lapsed  whether its due date passed unanswered (a late answer keeps this {@code true})
     * @param version the aggregate version, the resource's {@code ETag}
     */
    public record View(String requestId, String collaborationId, String requestedBy, String requestedFrom,
                       String subject, LocalDate dueOn, Status status, boolean lapsed, Long version) {
    }

    @AggregateIdentifier
    private String requestId;
    private String collaborationId;
    private String requestedBy;
    private String requestedFrom;
    private String subject;
    private LocalDate dueOn;
    private boolean lapsed;
    private Settlement settlement;

    protected InformationRequest() {
    }

    @CommandHandler
    public InformationRequest(RequestInformation command, Clock clock, Membership membership) {
        membership.requireMember(command.collaborationId(), command.actor());
        if (command.requestedFrom() == null
                || !membership.isMember(command.collaborationId(), command.requestedFrom())) {
            throw new RuleViolation("requested-party-is-member", "requestedFrom", "Information can be requested"
                    + " only from a member of collaboration " + command.collaborationId() + "; "
                    + command.requestedFrom() + " is not one");
        }
        if (command.requestedFrom().equals(command.actor())) {
            throw new RuleViolation("request-from-someone-else", "requestedFrom",
                    "A member cannot request information from itself");
        }
        required(command.subject(), "subject", "Say what information is requested");
        if (command.dueOn() == null) {
            throw new RuleViolation("required", "dueOn", "Say by which day the answer is expected");
        }
        Provenance provenance = Acts.provenance(InformationRequested.class, command.actor(),
                command.collaborationId(), command.occurredAt(), null, clock);
        if (command.dueOn().isBefore(dayOf(provenance.occurredAt(), clock))) {
            throw new RuleViolation("due-not-before-request", "dueOn", "An answer cannot be due ("
                    + command.dueOn() + ") before it was requested");
        }
        apply(new InformationRequested(command.requestId(), provenance, command.requestedFrom(), command.subject(),
                command.dueOn()));
    }

    @CommandHandler
    void answer(AnswerInformationRequest command, Clock clock) {
        requireRequestedParty(command.actor(), "answer");
        refuseIfSettled();
        required(command.answerSummary(), "answerSummary", "Summarise the answer");
        Provenance provenance = Acts.provenance(InformationRequestAnswered.class, command.actor(), collaborationId,
                command.occurredAt(), null, clock);
        boolean onTime = !dayOf(provenance.occurredAt(), clock).isAfter(dueOn);
        apply(new InformationRequestAnswered(requestId, provenance, command.answerSummary(), command.link(),
                onTime));
    }

    @CommandHandler
    void decline(DeclineInformationRequest command, Clock clock) {
        requireRequestedParty(command.actor(), "decline");
        refuseIfSettled();
        required(command.reason(), "reason", "Say why the request is declined");
        Provenance provenance = Acts.provenance(InformationRequestDeclined.class, command.actor(), collaborationId,
                command.occurredAt(), null, clock);
        apply(new InformationRequestDeclined(requestId, provenance, command.reason()));
    }

    @CommandHandler
    void lapse(LapseInformationRequest command, Clock clock) {
        if (settlement != null || lapsed || !LocalDate.now(clock).isAfter(dueOn)) {
            return;
        }
        Instant dueEnded = dueOn.plusDays(1).atStartOfDay(clock.getZone()).toInstant();
        apply(new InformationRequestLapsed(requestId, Acts.provenance(InformationRequestLapsed.class, SYSTEM,
                collaborationId, dueEnded, null, clock), dueOn));
    }

    public View view() {
        Status status = settlement == null ? Status.OPEN : Status.valueOf(settlement.name());
        return new View(requestId, collaborationId, requestedBy, requestedFrom, subject, dueOn, status, lapsed,
                AggregateLifecycle.getVersion());
    }

    private void requireRequestedParty(String actor, String act) {
        if (!requestedFrom.equals(actor)) {
            throw new NotPermitted("requested-party-only", "Only " + requestedFrom + ", who was asked, may " + act
                    + " information request " + requestId + "; " + actor + " was not asked");
        }
    }

    private void refuseIfSettled() {
        if (settlement != null) {
            throw new StateConflict("request-settled", "Information request " + requestId + " was already "
                    + settlement.name().toLowerCase());
        }
    }

    @EventSourcingHandler
    void on(InformationRequested event) {
        requestId = event.requestId();
        collaborationId = event.provenance().collaborationId();
        requestedBy = event.provenance().actor();
        requestedFrom = event.requestedFrom();
        subject = event.subject();
        dueOn = event.dueOn();
    }

    @EventSourcingHandler
    void on(InformationRequestAnswered event) {
        settlement = Settlement.ANSWERED;
    }

    @EventSourcingHandler
    void on(InformationRequestDeclined event) {
        settlement = Settlement.DECLINED;
    }

    @EventSourcingHandler
    void on(InformationRequestLapsed event) {
        lapsed = true;
    }
}
