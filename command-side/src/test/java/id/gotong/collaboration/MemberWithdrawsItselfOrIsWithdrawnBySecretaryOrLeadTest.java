package id.gotong.collaboration;

import id.gotong.act.NotPermitted;
import id.gotong.act.RuleViolation;
import id.gotong.act.StateConflict;
import id.gotong.events.CollaborationEvent.MemberWithdrew;
import id.gotong.events.Role;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;

import static id.gotong.collaboration.CollaborationFixture.TOBA;
import static id.gotong.collaboration.CollaborationFixture.registeredStakeholders;
import static id.gotong.collaboration.CollaborationFixture.tobaWithTeam;
import static id.gotong.collaboration.CollaborationFixture.withdrew;
import static id.gotong.collaboration.Recording.CLOCK;
import static id.gotong.collaboration.Recording.provenance;
import static id.gotong.collaboration.Recording.refused;
import static id.gotong.collaboration.Recording.refusedOn;
import static id.gotong.stakeholder.StakeholderFixture.BAPPEDA_TOBA;
import static id.gotong.stakeholder.StakeholderFixture.DISKOMINFO_TOBA;
import static id.gotong.stakeholder.StakeholderFixture.IT_DEL;
import static id.gotong.stakeholder.StakeholderFixture.RRI_SIBOLGA;
import static id.gotong.stakeholder.StakeholderFixture.SETDA_TOBA;

class MemberWithdrawsItselfOrIsWithdrawnBySecretaryOrLeadTest {

    private final FixtureConfiguration<Collaboration> fixture = new AggregateTestFixture<>(Collaboration.class)
            .registerInjectableResource(CLOCK)
            .registerInjectableResource(registeredStakeholders());

    @Test
    void givenItDelIsMember_whenItDelWithdrawsItself_thenMemberWithdrew() {
        fixture.given(tobaWithTeam())
                .when(new WithdrawMember(TOBA, IT_DEL, null, IT_DEL, "Rumah Kreatif Toba app handed over"))
                .expectEvents(withdrew(IT_DEL, Role.MEMBER, "Rumah Kreatif Toba app handed over"));
    }

    @Test
    void givenItDelIsMember_whenSecretaryWithdrawsIt_thenMemberWithdrewByTheSecretary() {
        fixture.given(tobaWithTeam())
                .when(new WithdrawMember(TOBA, BAPPEDA_TOBA, null, IT_DEL, "Absent from three forums"))
                .expectEvents(new MemberWithdrew(TOBA, provenance(MemberWithdrew.class, BAPPEDA_TOBA, TOBA), IT_DEL,
                        Role.MEMBER, "Absent from three forums"));
    }

    @Test
    void givenChairIsMember_whenLeadWithdrawsIt_thenMemberWithdrewByTheLead() {
        fixture.given(tobaWithTeam())
                .when(new WithdrawMember(TOBA, DISKOMINFO_TOBA, null, SETDA_TOBA, "Replaced by the new decree"))
                .expectEvents(new MemberWithdrew(TOBA, provenance(MemberWithdrew.class, DISKOMINFO_TOBA, TOBA),
                        SETDA_TOBA, Role.CHAIR, "Replaced by the new decree"));
    }

    @Test
    void givenTobaWithTeam_whenChairWithdrawsAnotherMember_thenNotPermittedAndNoEvents() {
        fixture.given(tobaWithTeam())
                .when(new WithdrawMember(TOBA, SETDA_TOBA, null, IT_DEL, "Absent from three forums"))
                .expectException(refused(NotPermitted.class, "withdrawn-by-itself-the-secretary-or-the-lead"))
                .expectNoEvents();
    }

    @Test
    void givenTobaWithTeam_whenOrdinaryMemberWithdrawsTheSecretary_thenNotPermittedAndNoEvents() {
        fixture.given(tobaWithTeam())
                .when(new WithdrawMember(TOBA, IT_DEL, null, BAPPEDA_TOBA, "Disagreement"))
                .expectException(refused(NotPermitted.class, "withdrawn-by-itself-the-secretary-or-the-lead"))
                .expectNoEvents();
    }

    @Test
    void givenRriSibolgaNotMember_whenSecretaryWithdrawsIt_thenStateConflictAndNoEvents() {
        fixture.given(tobaWithTeam())
                .when(new WithdrawMember(TOBA, BAPPEDA_TOBA, null, RRI_SIBOLGA, "Never attended"))
                .expectException(refused(StateConflict.class, "current-member"))
                .expectNoEvents();
    }

    @Test
    void givenItDelIsMember_whenItWithdrawsWithoutReason_thenRuleViolationAndNoEvents() {
        fixture.given(tobaWithTeam())
                .when(new WithdrawMember(TOBA, IT_DEL, null, IT_DEL, null))
                .expectException(refusedOn(RuleViolation.class, "required", "reason"))
                .expectNoEvents();
    }
}
