package id.gotong.stakeholder;

import id.gotong.act.StateConflict;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;

import static id.gotong.collaboration.Recording.CLOCK;
import static id.gotong.collaboration.Recording.refused;
import static id.gotong.stakeholder.StakeholderFixture.diskominfoTobaRegistered;
import static id.gotong.stakeholder.StakeholderFixture.registerDiskominfoToba;

class StakeholderRegisteredOnceTest {

    private final FixtureConfiguration<Stakeholder> fixture = new AggregateTestFixture<>(Stakeholder.class)
            .registerInjectableResource(CLOCK);

    @Test
    void givenNoPriorActivity_whenOperatorRegistersDiskominfoToba_thenStakeholderRegisteredOutsideAnyCollaboration() {
        fixture.givenNoPriorActivity()
                .when(registerDiskominfoToba())
                .expectEvents(diskominfoTobaRegistered());
    }

    @Test
    void givenDiskominfoTobaRegistered_whenRegisterItAgain_thenStateConflictAndNoEvents() {
        fixture.given(diskominfoTobaRegistered())
                .when(registerDiskominfoToba())
                .expectException(refused(StateConflict.class, "stakeholder-registered-once"))
                .expectExceptionMessage("Stakeholder diskominfo-toba is already registered")
                .expectNoEvents();
    }
}
