package id.gotong.collaboration;

import id.gotong.act.NotPermitted;
import id.gotong.events.CollaborationEvent.DriverKind;
import id.gotong.events.CollaborationEvent.DriverRecorded;
import id.gotong.events.Provenance;
import id.gotong.events.Role;
import id.gotong.events.TheoryElement;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static id.gotong.collaboration.CollaborationFixture.TOBA;
import static id.gotong.collaboration.CollaborationFixture.registeredStakeholders;
import static id.gotong.collaboration.CollaborationFixture.tobaWithTeam;
import static id.gotong.collaboration.CollaborationFixture.withdrew;
import static id.gotong.collaboration.Recording.CLOCK;
import static id.gotong.collaboration.Recording.NOW;
import static id.gotong.collaboration.Recording.refused;
import static id.gotong.stakeholder.StakeholderFixture.IT_DEL;
import static id.gotong.stakeholder.StakeholderFixture.RRI_SIBOLGA;

class OnlyMembersRecordDriversTest {

    private final FixtureConfiguration<Collaboration> fixture = new AggregateTestFixture<>(Collaboration.class)
            .registerInjectableResource(CLOCK)
            .registerInjectableResource(registeredStakeholders());

    @Test
    void givenItDelIsMember_whenItRecordsUncertainty_thenDriverRecordedEvidencingUncertainty() {
        fixture.given(tobaWithTeam())
                .when(new RecordDriver(TOBA, IT_DEL, null, DriverKind.UNCERTAINTY, "28 areas have no signal"))
                .expectEvents(new DriverRecorded(TOBA, new Provenance(IT_DEL, TOBA, NOW, NOW, null,
                        Set.of(TheoryElement.AG_STARTING_CONDITIONS, TheoryElement.EN_DRIVER_UNCERTAINTY)),
                        DriverKind.UNCERTAINTY, "28 areas have no signal"));
    }

    @Test
    void givenItDelIsMember_whenItRecordsAResourceGap_thenDriverRecordedEvidencingCapacityResources() {
        fixture.given(tobaWithTeam())
                .when(new RecordDriver(TOBA, IT_DEL, null, DriverKind.RESOURCE_GAP,
                        "Under 50 % of private partners take part"))
                .expectEvents(new DriverRecorded(TOBA, new Provenance(IT_DEL, TOBA, NOW, NOW, null,
                        Set.of(TheoryElement.AG_STARTING_CONDITIONS, TheoryElement.EN_CAPACITY_RESOURCES)),
                        DriverKind.RESOURCE_GAP, "Under 50 % of private partners take part"));
    }

    @Test
    void givenRriSibolgaNotMember_whenItRecordsADriver_thenNotPermittedAndNoEvents() {
        fixture.given(tobaWithTeam())
                .when(new RecordDriver(TOBA, RRI_SIBOLGA, null, DriverKind.CONSEQUENTIAL_INCENTIVE,
                        "SPBE index below the national minimum of 2.6"))
                .expectException(refused(NotPermitted.class, "members-only"))
                .expectNoEvents();
    }

    @Test
    void givenItDelWithdrew_whenItRecordsADriver_thenNotPermittedAndNoEvents() {
        fixture.given(tobaWithTeam(withdrew(IT_DEL, Role.MEMBER, "Semester break")))
                .when(new RecordDriver(TOBA, IT_DEL, null, DriverKind.INTERDEPENDENCE, "The app needs Diskominfo data"))
                .expectException(refused(NotPermitted.class, "members-only"))
                .expectNoEvents();
    }
}
