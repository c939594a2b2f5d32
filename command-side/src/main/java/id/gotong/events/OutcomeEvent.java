package id.gotong.events;

import org.axonframework.serialization.Revision;

import static id.gotong.events.TheoryElement.AG_INTERMEDIATE_OUTCOMES;
import static id.gotong.events.TheoryElement.AG_TRUST_BUILDING;
import static id.gotong.events.TheoryElement.EN_SHARED_MOTIVATION_LEGITIMACY;

/**
 * An intermediate outcome (a small win) measured against an indicator, and the other members' verdicts on it. The
 * reporter is the actor of {@link OutcomeReported}.
 * <p>
 * Numbers are decimal strings ({@code "2.98"}, {@code "4029686"}), exactly as reported, trailing zeros included:
 * the ledger hashes canonical JSON (RFC 8785), where a JSON number is a double and would lose digits. Read them with
 * {@code new BigDecimal(value)}.
 */
public sealed interface OutcomeEvent extends CollaborationAct {

    String outcomeId();

    /**
     * @param indicator    what is measured, e.g. "SPBE index" or "Tourist visits"
     * @param period       the period measured, e.g. "2023"
     * @param value        the measured value, a decimal string
     * @param baseline     the value the programme started from, a decimal string, or {@code null}
     * @param target       the value aimed at, a decimal string, or {@code null}
     * @param minimum      the least value a standard requires, e.g. the national minimum SPBE index of 2.6, a decimal
     *                     string, or {@code null}; revision 1 had no minimum and is read with {@code null}
     * @param evidenceLink where the measurement is published, or {@code null}
     */
    @Revision("2")
    @Evidences({AG_INTERMEDIATE_OUTCOMES})
    record OutcomeReported(String outcomeId, Provenance provenance, String indicator, String period, String value,
                           String unit, String baseline, String target, String minimum, String evidenceLink)
            implements OutcomeEvent {
    }

    /** Another member vouches for the reported value. */
    @Revision("1")
    @Evidences({AG_TRUST_BUILDING, EN_SHARED_MOTIVATION_LEGITIMACY})
    record OutcomeConfirmed(String outcomeId, Provenance provenance) implements OutcomeEvent {
    }

    @Revision("1")
    @Evidences({AG_TRUST_BUILDING, EN_SHARED_MOTIVATION_LEGITIMACY})
    record OutcomeDisputed(String outcomeId, Provenance provenance, String reason) implements OutcomeEvent {
    }
}
