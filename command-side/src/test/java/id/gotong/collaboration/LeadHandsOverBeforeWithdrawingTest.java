package id.gotong.collaboration;

import id.gotong.act.StateConflict;
import id.gotong.events.Role;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;

import static id.gotong.collaboration.CollaborationFixture.TOBA;
import static id.gotong.collaboration.CollaborationFixture.leadHandedTo;
import static id.gotong.collaboration.CollaborationFixture.registeredStakeholders;
import static id.gotong.collaboration.CollaborationFixture.tobaWithTeam;
import static id.gotong.collaboration.CollaborationFixture.withdrew;
import static id.gotong.collaboration.Recording.CLOCK;
import static id.gotong.collaboration.Recording.refused;
import static id.gotong.stakeholder.StakeholderFixture.BAPPEDA_TOBA;
import static id.gotong.stakeholder.StakeholderFixture.DISKOMINFO_TOBA;

class LeadHandsOverBeforeWithdrawingTest {

    private final FixtureConfiguration<Collaboration> fixture = new AggregateTestFixture<>(Collaboration.class)
            .registerInjectableResource(CLOCK)
            .registerInjectableResource(registeredStakeholders());

    @Test
    void givenDiskominfoLeads_whenDiskominfoWithdraws_thenStateConflictAndNoEvents() {
        fixture.given(tobaWithTeam())
                .when(new WithdrawMember(TOBA, DISKOMINFO_TOBA, null, DISKOMINFO_TOBA, "Budget cut"))
                .expectException(refused(StateConflict.class, "lead-hands-over-before-withdrawing"))
                .expectNoEvents();
    }

    @Test
    void givenLeadHandedToBappeda_whenDiskominfoWithdraws_thenMemberWithdrewAsMember() {
        fixture.given(tobaWithTeam(leadHandedTo(BAPPEDA_TOBA, "Regent reassigns the smart-city team")))
                .when(new WithdrawMember(TOBA, DISKOMINFO_TOBA, null, DISKOMINFO_TOBA, "Budget cut"))
                .expectEvents(withdrew(DISKOMINFO_TOBA, Role.MEMBER, "Budget cut"));
    }
}
