package id.gotong.collaboration;

import id.gotong.act.RuleViolation;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;

import static id.gotong.collaboration.CollaborationFixture.registerTobaSmartGovernance;
import static id.gotong.collaboration.Recording.CLOCK;
import static id.gotong.collaboration.Recording.refused;
import static id.gotong.stakeholder.StakeholderFixture.BAPPEDA_TOBA;

class CollaborationLeadIsARegisteredStakeholderTest {

    /** Bappeda is registered, Diskominfo Toba (the lead in the command) is not. */
    private final FixtureConfiguration<Collaboration> fixture = new AggregateTestFixture<>(Collaboration.class)
            .registerInjectableResource(CLOCK)
            .registerInjectableResource(new InMemoryMembership().registered(BAPPEDA_TOBA));

    @Test
    void givenLeadNotRegistered_whenRegisterCollaboration_thenRuleViolationAndNoEvents() {
        fixture.givenNoPriorActivity()
                .when(registerTobaSmartGovernance())
                .expectException(refused(RuleViolation.class, "stakeholder-registered"))
                .expectExceptionMessage("No stakeholder diskominfo-toba is registered")
                .expectNoEvents();
    }
}
