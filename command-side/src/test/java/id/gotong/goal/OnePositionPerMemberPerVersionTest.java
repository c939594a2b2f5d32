package id.gotong.goal;

import id.gotong.act.RuleViolation;
import id.gotong.act.StateConflict;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;

import static id.gotong.collaboration.CollaborationFixture.tobaMembership;
import static id.gotong.collaboration.Recording.CLOCK;
import static id.gotong.collaboration.Recording.refused;
import static id.gotong.collaboration.Recording.refusedOn;
import static id.gotong.goal.SharedGoalFixture.dissent;
import static id.gotong.goal.SharedGoalFixture.dissented;
import static id.gotong.goal.SharedGoalFixture.endorse;
import static id.gotong.goal.SharedGoalFixture.endorsed;
import static id.gotong.goal.SharedGoalFixture.spbeTargetProposed;
import static id.gotong.stakeholder.StakeholderFixture.BAPPEDA_TOBA;
import static id.gotong.stakeholder.StakeholderFixture.IT_DEL;

/**
 * Per version a member endorses once or dissents once. A dissenter may come round and endorse the same version
 * (deliberation at work); an endorser cannot take it back with a dissent on that version, it proposes a revision.
 */
class OnePositionPerMemberPerVersionTest {

    private static final String TOO_FAST = "Private partners take part below 50 %; 3.39 by 2026 is too fast";

    private final FixtureConfiguration<SharedGoal> fixture = new AggregateTestFixture<>(SharedGoal.class)
            .registerInjectableResource(CLOCK)
            .registerInjectableResource(tobaMembership());

    @Test
    void givenSpbeTargetProposed_whenBappedaEndorses_thenSharedGoalEndorsedForVersionOne() {
        fixture.given(spbeTargetProposed())
                .when(endorse(BAPPEDA_TOBA, 1))
                .expectEvents(endorsed(BAPPEDA_TOBA, 1));
    }

    @Test
    void givenBappedaEndorsed_whenItEndorsesAgain_thenStateConflictAndNoEvents() {
        fixture.given(spbeTargetProposed(), endorsed(BAPPEDA_TOBA, 1))
                .when(endorse(BAPPEDA_TOBA, 1))
                .expectException(refused(StateConflict.class, "one-position-per-version"))
                .expectExceptionMessage("bappeda-toba already endorsed version 1 of shared goal toba-spbe-target-2026")
                .expectNoEvents();
    }

    @Test
    void givenItDelDissented_whenItDissentsAgain_thenStateConflictAndNoEvents() {
        fixture.given(spbeTargetProposed(), dissented(IT_DEL, 1, TOO_FAST))
                .when(dissent(IT_DEL, 1, "Still too fast"))
                .expectException(refused(StateConflict.class, "one-position-per-version"))
                .expectNoEvents();
    }

    @Test
    void givenItDelDissented_whenItEndorsesTheSameVersion_thenSharedGoalEndorsed() {
        fixture.given(spbeTargetProposed(), dissented(IT_DEL, 1, TOO_FAST))
                .when(endorse(IT_DEL, 1))
                .expectEvents(endorsed(IT_DEL, 1));
    }

    @Test
    void givenBappedaEndorsed_whenItDissentsOnTheSameVersion_thenStateConflictAndNoEvents() {
        fixture.given(spbeTargetProposed(), endorsed(BAPPEDA_TOBA, 1))
                .when(dissent(BAPPEDA_TOBA, 1, TOO_FAST))
                .expectException(refused(StateConflict.class, "one-position-per-version"))
                .expectNoEvents();
    }

    @Test
    void givenSpbeTargetProposed_whenItDelDissentsWithoutReason_thenRuleViolationAndNoEvents() {
        fixture.given(spbeTargetProposed())
                .when(dissent(IT_DEL, 1, ""))
                .expectException(refusedOn(RuleViolation.class, "required", "reason"))
                .expectNoEvents();
    }
}
