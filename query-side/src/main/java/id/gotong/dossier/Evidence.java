package id.gotong.dossier;

import java.time.Instant;

/**
 * One fact about one stakeholder that an event established: the raw material of every stakeholder indicator.
 * Evidence holds facts only (who, what, which event); the weights and formulas are applied when a history is read, so
 * they carry a version of their own ({@link StakeholderHistory#FORMULA_VERSION}).
 *
 * @param subjectId the meeting, agreement, commitment, request, outcome or goal the fact is about, or {@code null}
 * @param detail    a goal version for {@link Kind#ENDORSED}, {@link Kind#DISSENTED} and {@link Kind#GOAL_REVISED}
 * @param ownAct    whether the stakeholder is the actor of the event
 */
public record Evidence(String stakeholderId, String collaborationId, long position, String eventId,
                       Instant occurredAt, Kind kind, String subjectId, String detail, boolean ownAct) {

    /** The identifier of the evidence document: one fact per event, stakeholder and kind. */
    public String key() {
        return eventId + "/" + stakeholderId + "/" + kind;
    }

    public enum Kind {
        // dialogue
        CONVENED, INVITED, ATTENDED, REPRESENTED, ABSENT,
        // commitment
        SIGNED, AGREEMENT_IN_FORCE, AGREEMENT_SUSPENDED, AGREEMENT_ENDED,
        PLEDGED, FULFILLED_ON_TIME, FULFILLED_LATE, OVERDUE, ABANDONED,
        // information
        ANSWERED_ON_TIME, ANSWERED_LATE, DECLINED, LAPSED,
        // outcomes
        OUTCOME_REPORTED, OUTCOME_CONFIRMED, OUTCOME_DISPUTED,
        // records
        RECORD_CORRECTED,
        // shared understanding
        ENDORSED, DISSENTED, GOAL_REVISED,
        /** Any other act of the stakeholder: counts for continuity and participation only. */
        ACTED
    }
}
