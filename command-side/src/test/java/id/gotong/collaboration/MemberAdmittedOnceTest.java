package id.gotong.collaboration;

import id.gotong.act.StateConflict;
import id.gotong.events.CollaborationEvent.MemberAdmitted;
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
import static id.gotong.stakeholder.StakeholderFixture.BAPPEDA_TOBA;
import static id.gotong.stakeholder.StakeholderFixture.DISKOMINFO_TOBA;
import static id.gotong.stakeholder.StakeholderFixture.IT_DEL;

class MemberAdmittedOnceTest {

    private final FixtureConfiguration<Collaboration> fixture = new AggregateTestFixture<>(Collaboration.class)
            .registerInjectableResource(CLOCK)
            .registerInjectableResource(registeredStakeholders());

    @Test
    void givenItDelIsMember_whenAdmitItDelAgain_thenStateConflictAndNoEvents() {
        fixture.given(tobaWithTeam())
                .when(new AdmitMember(TOBA, DISKOMINFO_TOBA, null, IT_DEL, Role.STEERING, null))
                .expectException(refused(StateConflict.class, "member-admitted-once"))
                .expectExceptionMessage("it-del is already a member of toba-smart-governance as MEMBER")
                .expectNoEvents();
    }

    @Test
    void givenItDelWithdrew_whenAdmitItDelAgain_thenMemberAdmitted() {
        fixture.given(tobaWithTeam(withdrew(IT_DEL, Role.MEMBER, "Semester break")))
                .when(new AdmitMember(TOBA, BAPPEDA_TOBA, null, IT_DEL, Role.MEMBER, null))
                .expectEvents(new MemberAdmitted(TOBA, provenance(MemberAdmitted.class, BAPPEDA_TOBA, TOBA), IT_DEL,
                        Role.MEMBER));
    }
}
