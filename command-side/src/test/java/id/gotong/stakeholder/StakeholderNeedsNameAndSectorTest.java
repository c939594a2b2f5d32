package id.gotong.stakeholder;

import id.gotong.act.RuleViolation;
import id.gotong.events.Sector;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;

import static id.gotong.collaboration.Recording.CLOCK;
import static id.gotong.collaboration.Recording.refusedOn;
import static id.gotong.stakeholder.StakeholderFixture.OPERATOR;
import static id.gotong.stakeholder.StakeholderFixture.RRI_SIBOLGA;

class StakeholderNeedsNameAndSectorTest {

    private final FixtureConfiguration<Stakeholder> fixture = new AggregateTestFixture<>(Stakeholder.class)
            .registerInjectableResource(CLOCK);

    @Test
    void givenNoPriorActivity_whenRegisterWithoutName_thenRuleViolationAndNoEvents() {
        fixture.givenNoPriorActivity()
                .when(new RegisterStakeholder(RRI_SIBOLGA, OPERATOR, null, "", Sector.MEDIA, "Kota Sibolga", null))
                .expectException(refusedOn(RuleViolation.class, "required", "name"))
                .expectNoEvents();
    }

    @Test
    void givenNoPriorActivity_whenRegisterWithoutSector_thenRuleViolationAndNoEvents() {
        fixture.givenNoPriorActivity()
                .when(new RegisterStakeholder(RRI_SIBOLGA, OPERATOR, null, "RRI Sibolga", null, "Kota Sibolga", null))
                .expectException(refusedOn(RuleViolation.class, "required", "sector"))
                .expectExceptionMessage("A stakeholder needs a pentahelix sector")
                .expectNoEvents();
    }
}
