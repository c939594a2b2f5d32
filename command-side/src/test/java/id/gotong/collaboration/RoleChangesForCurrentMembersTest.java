package id.gotong.collaboration;

import id.gotong.act.StateConflict;
import id.gotong.events.Role;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;

import static id.gotong.collaboration.CollaborationFixture.TOBA;
import static id.gotong.collaboration.CollaborationFixture.registeredStakeholders;
import static id.gotong.collaboration.CollaborationFixture.tobaWithTeam;
import static id.gotong.collaboration.CollaborationFixture.withdrew;
import static id.gotong.collaboration.Recording.CLOCK;
import static id.gotong.collaboration.Recording.refused;
import static id.gotong.stakeholder.StakeholderFixture.BAPPEDA_TOBA;
import static id.gotong.stakeholder.StakeholderFixture.IT_DEL;
import static id.gotong.stakeholder.StakeholderFixture.RRI_SIBOLGA;

class RoleChangesForCurrentMembersTest {

    private final FixtureConfiguration<Collaboration> fixture = new AggregateTestFixture<>(Collaboration.class)
            .registerInjectableResource(CLOCK)
            .registerInjectableResource(registeredStakeholders());

    @Test
    void givenItDelIsMember_whenChangeItDelToMember_thenNoEvents() {
        fixture.given(tobaWithTeam())
                .when(new ChangeRole(TOBA, BAPPEDA_TOBA, null, IT_DEL, Role.MEMBER, null))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void givenRriSibolgaNotMember_whenChangeItsRole_thenStateConflictAndNoEvents() {
        fixture.given(tobaWithTeam())
                .when(new ChangeRole(TOBA, BAPPEDA_TOBA, null, RRI_SIBOLGA, Role.STEERING, null))
                .expectException(refused(StateConflict.class, "current-member"))
                .expectExceptionMessage("rri-sibolga is not a current member of toba-smart-governance")
                .expectNoEvents();
    }

    @Test
    void givenItDelWithdrew_whenChangeItsRole_thenStateConflictAndNoEvents() {
        fixture.given(tobaWithTeam(withdrew(IT_DEL, Role.MEMBER, "Semester break")))
                .when(new ChangeRole(TOBA, BAPPEDA_TOBA, null, IT_DEL, Role.STEERING, null))
                .expectException(refused(StateConflict.class, "current-member"))
                .expectNoEvents();
    }
}
