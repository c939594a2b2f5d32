package id.gotong.goal;

import id.gotong.act.StateConflict;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;

import static id.gotong.collaboration.CollaborationFixture.tobaMembership;
import static id.gotong.collaboration.Recording.CLOCK;
import static id.gotong.collaboration.Recording.refused;
import static id.gotong.goal.SharedGoalFixture.REVISED_STATEMENT;
import static id.gotong.goal.SharedGoalFixture.STATEMENT;
import static id.gotong.goal.SharedGoalFixture.dissent;
import static id.gotong.goal.SharedGoalFixture.dissented;
import static id.gotong.goal.SharedGoalFixture.endorse;
import static id.gotong.goal.SharedGoalFixture.endorsed;
import static id.gotong.goal.SharedGoalFixture.revise;
import static id.gotong.goal.SharedGoalFixture.revised;
import static id.gotong.goal.SharedGoalFixture.spbeTargetProposed;
import static id.gotong.stakeholder.StakeholderFixture.BAPPEDA_TOBA;
import static id.gotong.stakeholder.StakeholderFixture.DISKOMINFO_TOBA;
import static id.gotong.stakeholder.StakeholderFixture.IT_DEL;

/** Each position names the version it refers to; a revision is a new version that everyone takes a position on again. */
class RevisionStartsEndorsementsOverTest {

    private static final String MILESTONE = "A 2025 milestone at the national minimum keeps private partners on board";

    private final FixtureConfiguration<SharedGoal> fixture = new AggregateTestFixture<>(SharedGoal.class)
            .registerInjectableResource(CLOCK)
            .registerInjectableResource(tobaMembership());

    @Test
    void givenItDelDissented_whenItRevisesTheStatement_thenSharedGoalRevisedToVersionTwo() {
        fixture.given(spbeTargetProposed(), endorsed(BAPPEDA_TOBA, 1), dissented(IT_DEL, 1, "Too fast"))
                .when(revise(IT_DEL, 1, REVISED_STATEMENT, MILESTONE))
                .expectEvents(revised(IT_DEL, 2, REVISED_STATEMENT, MILESTONE));
    }

    @Test
    void givenBappedaEndorsedVersionOne_whenRevised_thenBappedaEndorsesVersionTwo() {
        fixture.given(spbeTargetProposed(), endorsed(BAPPEDA_TOBA, 1),
                        revised(IT_DEL, 2, REVISED_STATEMENT, MILESTONE))
                .when(endorse(BAPPEDA_TOBA, 2))
                .expectEvents(endorsed(BAPPEDA_TOBA, 2));
    }

    @Test
    void givenBappedaEndorsedVersionOne_whenRevised_thenBappedaMayNowDissentFromVersionTwo() {
        fixture.given(spbeTargetProposed(), endorsed(BAPPEDA_TOBA, 1),
                        revised(IT_DEL, 2, REVISED_STATEMENT, MILESTONE))
                .when(dissent(BAPPEDA_TOBA, 2, "The milestone lowers the ambition"))
                .expectEvents(dissented(BAPPEDA_TOBA, 2, "The milestone lowers the ambition"));
    }

    @Test
    void givenRevisedToVersionTwo_whenEndorseVersionOne_thenStateConflictAndNoEvents() {
        fixture.given(spbeTargetProposed(), revised(IT_DEL, 2, REVISED_STATEMENT, MILESTONE))
                .when(endorse(BAPPEDA_TOBA, 1))
                .expectException(refused(StateConflict.class, "refers-to-current-version"))
                .expectExceptionMessage("Shared goal toba-spbe-target-2026 is at version 2, not 1; "
                        + "read the current statement first")
                .expectNoEvents();
    }

    @Test
    void givenRevisedToVersionTwo_whenReviseVersionOne_thenStateConflictAndNoEvents() {
        fixture.given(spbeTargetProposed(), revised(IT_DEL, 2, REVISED_STATEMENT, MILESTONE))
                .when(revise(DISKOMINFO_TOBA, 1, "Reach 3.0 by 2026", "Compromise"))
                .expectException(refused(StateConflict.class, "refers-to-current-version"))
                .expectNoEvents();
    }

    @Test
    void givenSpbeTargetProposed_whenReviseToTheSameStatement_thenNoEvents() {
        fixture.given(spbeTargetProposed(), endorsed(BAPPEDA_TOBA, 1))
                .when(revise(DISKOMINFO_TOBA, 1, STATEMENT, "Restating it"))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }
}
