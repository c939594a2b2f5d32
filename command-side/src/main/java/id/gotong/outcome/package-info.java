/**
 * Intermediate outcomes: a member reports a measured value of an indicator for a period (Toba's SPBE index 2.98 in
 * 2024 against the national minimum of 2.6 and a target of 3.39), and other members confirm or dispute it.
 * <p>
 * Commands take numbers as {@link java.math.BigDecimal}; the events keep them as plain decimal strings so the JSON
 * that the ledger hashes holds the exact value as reported (see {@link id.gotong.events.OutcomeEvent}). A reporter
 * cannot vouch for its own figure, and each member gives one verdict, confirmation or dispute, per outcome.
 */
package id.gotong.outcome;
