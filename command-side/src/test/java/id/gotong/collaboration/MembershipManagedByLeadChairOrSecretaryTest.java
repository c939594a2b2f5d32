package id.gotong.collaboration;

import id.gotong.act.NotPermitted;
import id.gotong.events.CollaborationEvent.MemberAdmitted;
import id.gotong.events.CollaborationEvent.MemberRoleChanged;
import id.gotong.events.Role;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;

import static id.gotong.collaboration.CollaborationFixture.DECREE_724;
import static id.gotong.collaboration.CollaborationFixture.TOBA;
import static id.gotong.collaboration.CollaborationFixture.registeredStakeholders;
import static id.gotong.collaboration.CollaborationFixture.tobaWithTeam;
import static id.gotong.collaboration.Recording.CLOCK;
import static id.gotong.collaboration.Recording.provenance;
import static id.gotong.collaboration.Recording.refused;
import static id.gotong.stakeholder.StakeholderFixture.BAPPEDA_TOBA;
import static id.gotong.stakeholder.StakeholderFixture.DISKOMINFO_TOBA;
import static id.gotong.stakeholder.StakeholderFixture.IT_DEL;
import static id.gotong.stakeholder.StakeholderFixture.RRI_SIBOLGA;
import static id.gotong.stakeholder.StakeholderFixture.SETDA_TOBA;
import static id.gotong.stakeholder.StakeholderFixture.SOLUSI_RAHAYU;

class MembershipManagedByLeadChairOrSecretaryTest {

    private final FixtureConfiguration<Collaboration> fixture = new AggregateTestFixture<>(Collaboration.class)
            .registerInjectableResource(CLOCK)
            .registerInjectableResource(registeredStakeholders());

    @Test
    void givenTobaWithTeam_whenLeadAdmitsRriSibolga_thenMemberAdmittedOnTheDecree() {
        fixture.given(tobaWithTeam())
                .when(new AdmitMember(TOBA, DISKOMINFO_TOBA, null, RRI_SIBOLGA, Role.MEMBER, DECREE_724))
                .expectEvents(new MemberAdmitted(TOBA, provenance(MemberAdmitted.class, DISKOMINFO_TOBA, TOBA,
                        DECREE_724), RRI_SIBOLGA, Role.MEMBER));
    }

    @Test
    void givenTobaWithTeam_whenChairAdmitsRriSibolga_thenMemberAdmitted() {
        fixture.given(tobaWithTeam())
                .when(new AdmitMember(TOBA, SETDA_TOBA, null, RRI_SIBOLGA, Role.MEMBER, null))
                .expectEvents(new MemberAdmitted(TOBA, provenance(MemberAdmitted.class, SETDA_TOBA, TOBA),
                        RRI_SIBOLGA, Role.MEMBER));
    }

    @Test
    void givenTobaWithTeam_whenSecretaryMakesItDelWorkingGroupCoordinator_thenMemberRoleChanged() {
        fixture.given(tobaWithTeam())
                .when(new ChangeRole(TOBA, BAPPEDA_TOBA, null, IT_DEL, Role.WORKING_GROUP_COORDINATOR, null))
                .expectEvents(new MemberRoleChanged(TOBA, provenance(MemberRoleChanged.class, BAPPEDA_TOBA, TOBA),
                        IT_DEL, Role.MEMBER, Role.WORKING_GROUP_COORDINATOR));
    }

    @Test
    void givenTobaWithTeam_whenOrdinaryMemberAdmitsAStakeholder_thenNotPermittedAndNoEvents() {
        fixture.given(tobaWithTeam())
                .when(new AdmitMember(TOBA, IT_DEL, null, SOLUSI_RAHAYU, Role.MEMBER, null))
                .expectException(refused(NotPermitted.class, "membership-managed-by-lead-chair-or-secretary"))
                .expectExceptionMessage("Only the person in charge, the chair or the secretary of "
                        + "toba-smart-governance manage its membership; it-del is none of them")
                .expectNoEvents();
    }

    @Test
    void givenTobaWithTeam_whenNonMemberAdmitsItself_thenNotPermittedAndNoEvents() {
        fixture.given(tobaWithTeam())
                .when(new AdmitMember(TOBA, SOLUSI_RAHAYU, null, SOLUSI_RAHAYU, Role.MEMBER, null))
                .expectException(refused(NotPermitted.class, "membership-managed-by-lead-chair-or-secretary"))
                .expectNoEvents();
    }

    @Test
    void givenTobaWithTeam_whenOrdinaryMemberChangesItsOwnRole_thenNotPermittedAndNoEvents() {
        fixture.given(tobaWithTeam())
                .when(new ChangeRole(TOBA, IT_DEL, null, IT_DEL, Role.CHAIR, null))
                .expectException(refused(NotPermitted.class, "membership-managed-by-lead-chair-or-secretary"))
                .expectNoEvents();
    }

    @Test
    void givenTobaWithTeam_whenOrdinaryMemberRecordsLeadershipChange_thenNotPermittedAndNoEvents() {
        fixture.given(tobaWithTeam())
                .when(new RecordLeadershipChange(TOBA, IT_DEL, null, IT_DEL, "IT Del offers to lead", null))
                .expectException(refused(NotPermitted.class, "membership-managed-by-lead-chair-or-secretary"))
                .expectNoEvents();
    }
}
