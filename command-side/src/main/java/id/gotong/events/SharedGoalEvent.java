package id.gotong.events;

import org.axonframework.serialization.Revision;

import static id.gotong.events.TheoryElement.AG_SHARED_UNDERSTANDING;
import static id.gotong.events.TheoryElement.EN_PRINCIPLED_ENGAGEMENT_DEFINITION;
import static id.gotong.events.TheoryElement.EN_PRINCIPLED_ENGAGEMENT_DELIBERATION;
import static id.gotong.events.TheoryElement.EN_SHARED_MOTIVATION_UNDERSTANDING;

/**
 * A shared goal or common problem definition that members endorse or dissent from. Versions count from 1; a revision
 * adds one and the endorsements start over. Each endorsement and dissent names the version it refers to, so nobody is
 * counted as agreeing with a statement they never saw.
 */
public sealed interface SharedGoalEvent extends CollaborationAct {

    String goalId();

    @Revision("1")
    @Evidences({AG_SHARED_UNDERSTANDING, EN_PRINCIPLED_ENGAGEMENT_DEFINITION})
    record SharedGoalProposed(String goalId, Provenance provenance, GoalKind kind, String statement, int version)
            implements SharedGoalEvent {
    }

    @Revision("1")
    @Evidences({AG_SHARED_UNDERSTANDING, EN_SHARED_MOTIVATION_UNDERSTANDING})
    record SharedGoalEndorsed(String goalId, Provenance provenance, int version) implements SharedGoalEvent {
    }

    /** Disagreement voiced in the open is deliberation, and it tells how far understanding is from shared. */
    @Revision("1")
    @Evidences({AG_SHARED_UNDERSTANDING, EN_PRINCIPLED_ENGAGEMENT_DELIBERATION})
    record DissentRecorded(String goalId, Provenance provenance, int version, String reason)
            implements SharedGoalEvent {
    }

    /** @param version the new version, one more than the one revised */
    @Revision("1")
    @Evidences({AG_SHARED_UNDERSTANDING, EN_PRINCIPLED_ENGAGEMENT_DEFINITION, EN_PRINCIPLED_ENGAGEMENT_DELIBERATION})
    record SharedGoalRevised(String goalId, Provenance provenance, int version, String statement, String reason)
            implements SharedGoalEvent {
    }

    enum GoalKind { GOAL, PROBLEM_DEFINITION }
}
