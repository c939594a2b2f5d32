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
import static id.gotong.stakeholder.StakeholderFixture.BAPPEDA_TOBA;
import static id.gotong.stakeholder.StakeholderFixture.DISKOMINFO_TOBA;
import static id.gotong.stakeholder.StakeholderFixture.IT_DEL;
import static id.gotong.stakeholder.StakeholderFixture.RRI_SIBOLGA;

class PersonInChargeChangesOnlyByLeadershipChangeTest {

    private final FixtureConfiguration<Collaboration> fixture = new AggregateTestFixture<>(Collaboration.class)
            .registerInjectableResource(CLOCK)
            .registerInjectableResource(registeredStakeholders());

    @Test
    void givenTobaWithTeam_whenAdmitAsPersonInCharge_thenRuleViolationAndNoEvents() {
        fixture.given(tobaWithTeam())
                .when(new AdmitMember(TOBA, DISKOMINFO_TOBA, null, RRI_SIBOLGA, Role.PERSON_IN_CHARGE, null))
                .expectException(refusedOn(RuleViolation.class, "person-in-charge-by-leadership-change", "role"))
                .expectNoEvents();
    }

    @Test
    void givenTobaWithTeam_whenChangeItDelToPersonInCharge_thenRuleViolationAndNoEvents() {
        fixture.given(tobaWithTeam())
                .when(new ChangeRole(TOBA, BAPPEDA_TOBA, null, IT_DEL, Role.PERSON_IN_CHARGE, null))
                .expectException(refusedOn(RuleViolation.class, "person-in-charge-by-leadership-change", "role"))
                .expectNoEvents();
    }

    @Test
    void givenTobaWithTeam_whenSecretaryChangesTheLeadsRole_thenRuleViolationAndNoEvents() {
        fixture.given(tobaWithTeam())
                .when(new ChangeRole(TOBA, BAPPEDA_TOBA, null, DISKOMINFO_TOBA, Role.MEMBER, null))
                .expectException(refusedOn(RuleViolation.class, "person-in-charge-by-leadership-change",
                        "stakeholderId"))
                .expectNoEvents();
    }
}
