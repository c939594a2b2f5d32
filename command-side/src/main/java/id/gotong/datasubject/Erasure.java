package id.gotong.datasubject;

import java.time.Instant;

/**
 * The record that a data subject was erased, kept outside the ledger: the ledger must not name the person either.
 *
 * @param erasedBy the operator's stakeholder id
 */
public record Erasure(String subject, Instant erasedAt, String erasedBy, String reason) {
}
