package id.gotong.collaboration;

import id.gotong.act.StateConflict;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;

import static id.gotong.collaboration.CollaborationFixture.registerTobaSmartGovernance;
import static id.gotong.collaboration.CollaborationFixture.registeredStakeholders;
import static id.gotong.collaboration.CollaborationFixture.tobaRegistered;
import static id.gotong.collaboration.Recording.CLOCK;
import static id.gotong.collaboration.Recording.refused;

class CollaborationRegisteredOnceTest {

    private final FixtureConfiguration<Collaboration> fixture = new AggregateTestFixture<>(Collaboration.class)
            .registerInjectableResource(CLOCK)
            .registerInjectableResource(registeredStakeholders());

    @Test
    void givenTobaRegistered_whenRegisterTobaAgain_thenStateConflictAndNoEvents() {
        fixture.given(tobaRegistered())
                .when(registerTobaSmartGovernance())
                .expectException(refused(StateConflict.class, "collaboration-registered-once"))
                .expectNoEvents();
    }
}
