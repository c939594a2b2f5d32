package id.gotong.collaboration;

import id.gotong.act.RuleViolation;
import id.gotong.events.CollaborationEvent.DriverKind;
import id.gotong.events.CollaborationEvent.MemberAdmitted;
import id.gotong.events.Provenance;
import id.gotong.events.Role;
import id.gotong.events.TheoryElement;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Set;

import static id.gotong.collaboration.CollaborationFixture.DECREE_724;
import static id.gotong.collaboration.CollaborationFixture.TOBA;
import static id.gotong.collaboration.CollaborationFixture.registeredStakeholders;
import static id.gotong.collaboration.CollaborationFixture.tobaRegistered;
import static id.gotong.collaboration.CollaborationFixture.tobaWithTeam;
import static id.gotong.collaboration.Recording.CLOCK;
import static id.gotong.collaboration.Recording.NOW;
import static id.gotong.collaboration.Recording.refusedOn;
import static id.gotong.stakeholder.StakeholderFixture.BAPPEDA_TOBA;
import static id.gotong.stakeholder.StakeholderFixture.DISKOMINFO_TOBA;
import static id.gotong.stakeholder.StakeholderFixture.IT_DEL;

/** Historical acts may be recorded late, but never before they happen: the clock is the injected one. */
class ActsCannotHappenInTheFutureTest {

    private final FixtureConfiguration<Collaboration> fixture = new AggregateTestFixture<>(Collaboration.class)
            .registerInjectableResource(CLOCK)
            .registerInjectableResource(registeredStakeholders());

    @Test
    void givenTobaWithTeam_whenDriverOccurredTomorrow_thenRuleViolationAndNoEvents() {
        fixture.given(tobaWithTeam())
                .when(new RecordDriver(TOBA, IT_DEL, NOW.plusSeconds(86_400), DriverKind.UNCERTAINTY,
                        "Signal tower delayed"))
                .expectException(refusedOn(RuleViolation.class, "occurred-not-in-future", "occurredAt"))
                .expectNoEvents();
    }

    @Test
    void givenTobaRegistered_whenAdmissionUnderDecree724OccurredIn2022_thenRecordedNowWithItsOwnDate() {
        Instant decreeSigned = Instant.parse("2022-08-01T03:00:00Z");
        fixture.given(tobaRegistered())
                .when(new AdmitMember(TOBA, DISKOMINFO_TOBA, decreeSigned, BAPPEDA_TOBA, Role.SECRETARY, DECREE_724))
                .expectEvents(new MemberAdmitted(TOBA, new Provenance(DISKOMINFO_TOBA, TOBA, decreeSigned, NOW,
                        DECREE_724, Set.of(TheoryElement.AG_INSTITUTIONAL_DESIGN,
                        TheoryElement.EN_CAPACITY_PROCEDURAL_ARRANGEMENTS)), BAPPEDA_TOBA, Role.SECRETARY));
    }
}
