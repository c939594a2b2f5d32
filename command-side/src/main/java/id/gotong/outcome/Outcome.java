package id.gotong.outcome;

import id.gotong.act.Acts;
import id.gotong.act.Membership;
import id.gotong.act.NotPermitted;
import id.gotong.act.RuleViolation;
import id.gotong.act.StateConflict;
import id.gotong.events.OutcomeEvent.OutcomeConfirmed;
import id.gotong.events.OutcomeEvent.OutcomeDisputed;
import id.gotong.events.OutcomeEvent.OutcomeReported;
import id.gotong.events.Provenance;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.spring.stereotype.Aggregate;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.SortedSet;
import java.util.TreeSet;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static id.gotong.act.Acts.required;

@Aggregate
public class Outcome {

    /**
     * An outcome as reported, with the verdicts of the other members. Numbers are decimal strings, as in the event.
     *
     * @param version the aggregate version, the resource's {@code ETag}
     */
    public record View(String outcomeId, String collaborationId, String reportedBy, String indicator, String period,
                       String value, String unit, String baseline, String target, String minimum,
                       String evidenceLink, SortedSet<String> confirmedBy, SortedSet<String> disputedBy, Long version) {

        /** The view without the fields the transparency feed withholds (the evidence link): see {@code Readers}. */
        public View published() {
            return new View(outcomeId, collaborationId, reportedBy, indicator, period, value, unit, baseline, target,
                    minimum, null, confirmedBy, disputedBy, version);
        }
    }

    @AggregateIdentifier
    private String outcomeId;
    private String collaborationId;
    private String reporter;
    private OutcomeReported report;
    private final SortedSet<String> confirmedBy = new TreeSet<>();
    private final SortedSet<String> disputedBy = new TreeSet<>();

    protected Outcome() {
    }

    @CommandHandler
    public Outcome(ReportOutcome command, Clock clock, Membership membership) {
        membership.requireMember(command.collaborationId(), command.actor());
        required(command.indicator(), "indicator", "Name the indicator measured, e.g. SPBE index");
        required(command.period(), "period", "Name the period measured, e.g. 2023");
        if (command.value() == null) {
            throw new RuleViolation("required", "value", "Give the measured value");
        }
        required(command.unit(), "unit", "Give the unit of the value, e.g. index points or visits");
        Provenance provenance = Acts.provenance(OutcomeReported.class, command.actor(), command.collaborationId(),
                command.occurredAt(), null, clock);
        apply(new OutcomeReported(command.outcomeId(), provenance, command.indicator(), command.period(),
                decimal(command.value()), command.unit(), decimal(command.baseline()), decimal(command.target()),
                decimal(command.minimum()), command.evidenceLink()));
    }

    @CommandHandler
    void confirm(ConfirmOutcome command, Clock clock, Membership membership) {
        requireJudge(command.actor(), membership);
        Provenance provenance = Acts.provenance(OutcomeConfirmed.class, command.actor(), collaborationId,
                command.occurredAt(), null, clock);
        apply(new OutcomeConfirmed(outcomeId, provenance));
    }

    @CommandHandler
    void dispute(DisputeOutcome command, Clock clock, Membership membership) {
        requireJudge(command.actor(), membership);
        required(command.reason(), "reason", "Say why the reported value is disputed");
        Provenance provenance = Acts.provenance(OutcomeDisputed.class, command.actor(), collaborationId,
                command.occurredAt(), null, clock);
        apply(new OutcomeDisputed(outcomeId, provenance, command.reason()));
    }

    public View view() {
        return new View(outcomeId, collaborationId, reporter, report.indicator(), report.period(), report.value(),
                report.unit(), report.baseline(), report.target(), report.minimum(), report.evidenceLink(),
                new TreeSet<>(confirmedBy), new TreeSet<>(disputedBy), AggregateLifecycle.getVersion());
    }

    private void requireJudge(String actor, Membership membership) {
        membership.requireMember(collaborationId, actor);
        if (reporter.equals(actor)) {
            throw new NotPermitted("verdict-by-someone-else", "Outcome " + outcomeId + " was reported by " + actor
                    + "; only another member can confirm or dispute it");
        }
        if (confirmedBy.contains(actor) || disputedBy.contains(actor)) {
            throw new StateConflict("one-verdict-per-member", actor + " already confirmed or disputed outcome "
                    + outcomeId);
        }
    }

    /** Plain notation, as people write figures: 4.03E+6 becomes "4030000"; trailing zeros stay ("2.60"). */
    private static String decimal(BigDecimal number) {
        return number == null ? null : number.toPlainString();
    }

    @EventSourcingHandler
    void on(OutcomeReported event) {
        outcomeId = event.outcomeId();
        collaborationId = event.provenance().collaborationId();
        reporter = event.provenance().actor();
        report = event;
    }

    @EventSourcingHandler
    void on(OutcomeConfirmed event) {
        confirmedBy.add(event.provenance().actor());
    }

    @EventSourcingHandler
    void on(OutcomeDisputed event) {
        disputedBy.add(event.provenance().actor());
    }
}
