package id.gotong.goal;

import id.gotong.events.SharedGoalEvent.DissentRecorded;
import id.gotong.events.SharedGoalEvent.GoalKind;
import id.gotong.events.SharedGoalEvent.SharedGoalEndorsed;
import id.gotong.events.SharedGoalEvent.SharedGoalProposed;
import id.gotong.events.SharedGoalEvent.SharedGoalRevised;

import static id.gotong.collaboration.CollaborationFixture.TOBA;
import static id.gotong.collaboration.Recording.provenance;
import static id.gotong.stakeholder.StakeholderFixture.DISKOMINFO_TOBA;

/** Toba's SPBE target (seed 004): from 2.16 in 2023 to the regional plan's 3.39 by 2026, proposed by Diskominfo. */
public final class SharedGoalFixture {

    public static final String SPBE_TARGET = "toba-spbe-target-2026";
    public static final String STATEMENT = "Raise Toba's SPBE index from 2.16 (2023) to 3.39 by 2026, as the RPJMD sets";
    public static final String REVISED_STATEMENT = "Reach the national minimum of 2.6 (Baik) by 2025 and 3.39 by 2026";

    private SharedGoalFixture() {
    }

    public static ProposeSharedGoal proposeSpbeTarget() {
        return new ProposeSharedGoal(SPBE_TARGET, DISKOMINFO_TOBA, null, TOBA, GoalKind.GOAL, STATEMENT);
    }

    public static SharedGoalProposed spbeTargetProposed() {
        return new SharedGoalProposed(SPBE_TARGET, provenance(SharedGoalProposed.class, DISKOMINFO_TOBA, TOBA),
                GoalKind.GOAL, STATEMENT, 1);
    }

    public static SharedGoalEndorsed endorsed(String member, int version) {
        return new SharedGoalEndorsed(SPBE_TARGET, provenance(SharedGoalEndorsed.class, member, TOBA), version);
    }

    public static DissentRecorded dissented(String member, int version, String reason) {
        return new DissentRecorded(SPBE_TARGET, provenance(DissentRecorded.class, member, TOBA), version, reason);
    }

    public static SharedGoalRevised revised(String member, int version, String statement, String reason) {
        return new SharedGoalRevised(SPBE_TARGET, provenance(SharedGoalRevised.class, member, TOBA), version,
                statement, reason);
    }

    public static EndorseSharedGoal endorse(String member, int version) {
        return new EndorseSharedGoal(SPBE_TARGET, member, null, version);
    }

    public static RecordDissent dissent(String member, int version, String reason) {
        return new RecordDissent(SPBE_TARGET, member, null, version, reason);
    }

    public static ReviseSharedGoal revise(String member, int version, String statement, String reason) {
        return new ReviseSharedGoal(SPBE_TARGET, member, null, version, statement, reason);
    }
}
