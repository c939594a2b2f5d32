/**
 * A stakeholder's history of trust, commitment and shared understanding, computed when read from the evidence the
 * dossiers' fold gives, which {@link id.gotong.stakeholderhistory.EvidenceProjection} keeps in {@code read_evidence}.
 */
package id.gotong.stakeholderhistory;
