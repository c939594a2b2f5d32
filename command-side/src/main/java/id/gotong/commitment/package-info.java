/**
 * Commitments: a member pledges a deliverable by a due date and later reports it fulfilled or abandoned; the
 * scheduler marks it overdue when the date passes first.
 * <p>
 * The due date is a calendar day ({@link java.time.LocalDate}), as pledges are made in meetings ("by 30 June"), and
 * it ends at midnight in the zone of the injected {@link java.time.Clock}. A fulfilment is on time when its
 * {@code occurredAt} falls on or before that day; a fulfilment after the commitment became overdue is still recorded,
 * as late. A back-dated fulfilment shows its real recording time in {@code provenance.recordedAt}.
 */
package id.gotong.commitment;
