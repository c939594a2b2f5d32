package id.gotong.goal;

import id.gotong.act.NotPermitted;
import id.gotong.act.RuleViolation;
import id.gotong.act.StateConflict;
import id.gotong.events.SharedGoalEvent.GoalKind;
import id.gotong.events.SharedGoalEvent.SharedGoalProposed;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;

import static id.gotong.collaboration.CollaborationFixture.TOBA;
import static id.gotong.collaboration.CollaborationFixture.tobaMembership;
import static id.gotong.collaboration.Recording.CLOCK;
import static id.gotong.collaboration.Recording.provenance;
import static id.gotong.collaboration.Recording.refused;
import static id.gotong.collaboration.Recording.refusedOn;
import static id.gotong.goal.SharedGoalFixture.REVISED_STATEMENT;
import static id.gotong.goal.SharedGoalFixture.dissent;
import static id.gotong.goal.SharedGoalFixture.endorse;
import static id.gotong.goal.SharedGoalFixture.proposeSpbeTarget;
import static id.gotong.goal.SharedGoalFixture.revise;
import static id.gotong.goal.SharedGoalFixture.spbeTargetProposed;
import static id.gotong.stakeholder.StakeholderFixture.DISKOMINFO_TOBA;
import static id.gotong.stakeholder.StakeholderFixture.IT_DEL;
import static id.gotong.stakeholder.StakeholderFixture.RRI_SIBOLGA;
import static id.gotong.stakeholder.StakeholderFixture.SETDA_TOBA;

class OnlyMembersShapeSharedGoalsTest {

    private final FixtureConfiguration<SharedGoal> fixture = new AggregateTestFixture<>(SharedGoal.class)
            .registerInjectableResource(CLOCK)
            .registerInjectableResource(tobaMembership().withdrawn(TOBA, IT_DEL));

    @Test
    void givenNoPriorActivity_whenDiskominfoProposesTheSpbeTarget_thenSharedGoalProposedAtVersionOne() {
        fixture.givenNoPriorActivity()
                .when(proposeSpbeTarget())
                .expectEvents(spbeTargetProposed());
    }

    @Test
    void givenNoPriorActivity_whenRriSibolgaProposesAProblemDefinition_thenNotPermittedAndNoEvents() {
        fixture.givenNoPriorActivity()
                .when(new ProposeSharedGoal("toba-signal-gap", RRI_SIBOLGA, null, TOBA, GoalKind.PROBLEM_DEFINITION,
                        "28 areas of Toba have no signal, so citizens cannot reach online services"))
                .expectException(refused(NotPermitted.class, "members-only"))
                .expectNoEvents();
    }

    @Test
    void givenSpbeTargetProposed_whenRriSibolgaEndorses_thenNotPermittedAndNoEvents() {
        fixture.given(spbeTargetProposed())
                .when(endorse(RRI_SIBOLGA, 1))
                .expectException(refused(NotPermitted.class, "members-only"))
                .expectNoEvents();
    }

    @Test
    void givenItDelWithdrew_whenItDissents_thenNotPermittedAndNoEvents() {
        fixture.given(spbeTargetProposed())
                .when(dissent(IT_DEL, 1, "Too ambitious"))
                .expectException(refused(NotPermitted.class, "members-only"))
                .expectNoEvents();
    }

    @Test
    void givenSpbeTargetProposed_whenRriSibolgaRevises_thenNotPermittedAndNoEvents() {
        fixture.given(spbeTargetProposed())
                .when(revise(RRI_SIBOLGA, 1, REVISED_STATEMENT, "Media view"))
                .expectException(refused(NotPermitted.class, "members-only"))
                .expectNoEvents();
    }

    @Test
    void givenNoPriorActivity_whenProposedWithoutKind_thenRuleViolationAndNoEvents() {
        fixture.givenNoPriorActivity()
                .when(new ProposeSharedGoal("toba-signal-gap", DISKOMINFO_TOBA, null, TOBA, null, "No signal"))
                .expectException(refusedOn(RuleViolation.class, "required", "kind"))
                .expectNoEvents();
    }

    @Test
    void givenSpbeTargetProposed_whenProposedAgain_thenStateConflictAndNoEvents() {
        fixture.given(spbeTargetProposed())
                .when(proposeSpbeTarget())
                .expectException(refused(StateConflict.class, "shared-goal-proposed-once"))
                .expectNoEvents();
    }

    @Test
    void givenNoPriorActivity_whenTheChairProposesAProblemDefinition_thenProposedWithTheChairAsActor() {
        fixture.givenNoPriorActivity()
                .when(new ProposeSharedGoal("toba-signal-gap", SETDA_TOBA, null, TOBA, GoalKind.PROBLEM_DEFINITION,
                        "28 areas of Toba have no signal"))
                .expectEvents(new SharedGoalProposed("toba-signal-gap",
                        provenance(SharedGoalProposed.class, SETDA_TOBA, TOBA), GoalKind.PROBLEM_DEFINITION,
                        "28 areas of Toba have no signal", 1));
    }
}
