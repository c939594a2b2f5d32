package id.gotong.events;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;

import static id.gotong.events.TheoryElement.AG_COMMITMENT_TO_PROCESS;
import static id.gotong.events.TheoryElement.AG_INSTITUTIONAL_DESIGN;
import static id.gotong.events.TheoryElement.EN_CAPACITY_PROCEDURAL_ARRANGEMENTS;
import static id.gotong.events.TheoryElement.EN_PRINCIPLED_ENGAGEMENT_DETERMINATION;
import static id.gotong.events.TheoryElement.EN_SHARED_MOTIVATION_COMMITMENT;

/**
 * The life of a written agreement: drafted, signed by each party, in force once all have signed the same version,
 * amended (which starts the signatures over), terminated or expired. Versions count from 1; an amendment adds one.
 */
public sealed interface AgreementEvent extends CollaborationAct {

    String agreementId();

    /**
     * @param parties    stakeholder ids of the parties that must sign; kept sorted so the JSON is the same on every run
     * @param validUntil the last day of validity, or {@code null} for an open-ended agreement
     */
    @Revision("1")
    @Evidences({AG_INSTITUTIONAL_DESIGN, EN_CAPACITY_PROCEDURAL_ARRANGEMENTS})
    record AgreementDrafted(String agreementId, Provenance provenance, AgreementKind kind, String number, String title,
                            Set<String> parties, String termsSummary, LocalDate validFrom,
                            LocalDate validUntil) implements AgreementEvent {

        public AgreementDrafted {
            parties = parties == null ? Collections.emptySortedSet()
                    : Collections.unmodifiableSortedSet(new TreeSet<>(parties));
        }
    }

    /** The signer is {@code provenance.actor()}; a party signs only for itself. */
    @Revision("1")
    @Evidences({AG_COMMITMENT_TO_PROCESS, EN_SHARED_MOTIVATION_COMMITMENT, EN_CAPACITY_PROCEDURAL_ARRANGEMENTS})
    record AgreementSigned(String agreementId, Provenance provenance, int version) implements AgreementEvent {
    }

    /**
     * Recorded together with the last party's signature of a version; its provenance is that signature's actor and
     * the latest moment any party signed that version.
     */
    @Revision("1")
    @Evidences({AG_COMMITMENT_TO_PROCESS, EN_SHARED_MOTIVATION_COMMITMENT, EN_CAPACITY_PROCEDURAL_ARRANGEMENTS,
            EN_PRINCIPLED_ENGAGEMENT_DETERMINATION})
    record AgreementCameIntoForce(String agreementId, Provenance provenance, int version) implements AgreementEvent {
    }

    /** Carries the new terms in full, so the amended agreement reads from this event alone. */
    @Revision("1")
    @Evidences({AG_INSTITUTIONAL_DESIGN, EN_CAPACITY_PROCEDURAL_ARRANGEMENTS})
    record AgreementAmended(String agreementId, Provenance provenance, int version, String termsSummary,
                            LocalDate validUntil, String reason) implements AgreementEvent {
    }

    @Revision("1")
    @Evidences({AG_COMMITMENT_TO_PROCESS, EN_SHARED_MOTIVATION_COMMITMENT, EN_CAPACITY_PROCEDURAL_ARRANGEMENTS})
    record AgreementTerminated(String agreementId, Provenance provenance, String reason) implements AgreementEvent {
    }

    /** Recorded by the system; {@code provenance.occurredAt()} is the start of the day after {@code validUntil}. */
    @Revision("1")
    @Evidences({AG_INSTITUTIONAL_DESIGN, EN_CAPACITY_PROCEDURAL_ARRANGEMENTS})
    record AgreementExpired(String agreementId, Provenance provenance, LocalDate validUntil) implements AgreementEvent {
    }
}
