package id.gotong.outcome;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * @param indicator    what is measured, e.g. "SPBE index" or "Tourist visits"
 * @param period       the period measured, e.g. "2023"
 * @param baseline     the value the programme started from, or {@code null}
 * @param target       the value aimed at, or {@code null}
 * @param minimum      the least value a standard requires (the national minimum), or {@code null}
 * @param evidenceLink where the measurement is published, or {@code null}
 */
public record ReportOutcome(@TargetAggregateIdentifier String outcomeId, String actor, Instant occurredAt,
                            String collaborationId, String indicator, String period, BigDecimal value, String unit,
                            BigDecimal baseline, BigDecimal target, BigDecimal minimum, String evidenceLink) {

    /** An outcome measured against no minimum. */
    public ReportOutcome(String outcomeId, String actor, Instant occurredAt, String collaborationId, String indicator,
                         String period, BigDecimal value, String unit, BigDecimal baseline, BigDecimal target,
                         String evidenceLink) {
        this(outcomeId, actor, occurredAt, collaborationId, indicator, period, value, unit, baseline, target, null,
                evidenceLink);
    }
}
