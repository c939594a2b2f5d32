package id.gotong.collaboration;

import id.gotong.act.RuleViolation;
import id.gotong.events.Role;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;

import static id.gotong.collaboration.CollaborationFixture.TOBA;
import static id.gotong.collaboration.CollaborationFixture.registeredStakeholders;
import static id.gotong.collaboration.CollaborationFixture.tobaWithTeam;
import static id.gotong.collaboration.Recording.CLOCK;
import static id.gotong.collaboration.Recording.refusedOn;
import static id.gotong.stakeholder.StakeholderFixture.DISKOMINFO_TOBA;

class AdmittedStakeholderIsRegisteredTest {

    private final FixtureConfiguration<Collaboration> fixture = new AggregateTestFixture<>(Collaboration.class)
            .registerInjectableResource(CLOCK)
            .registerInjectableResource(registeredStakeholders());

    @Test
    void givenTobaWithTeam_whenAdmitUnregisteredStakeholder_thenRuleViolationAndNoEvents() {
        fixture.given(tobaWithTeam())
                .when(new AdmitMember(TOBA, DISKOMINFO_TOBA, null, "bank-sumut-balige", Role.MEMBER, null))
                .expectException(refusedOn(RuleViolation.class, "stakeholder-registered", "stakeholderId"))
                .expectExceptionMessage("No stakeholder bank-sumut-balige is registered")
                .expectNoEvents();
    }
}
