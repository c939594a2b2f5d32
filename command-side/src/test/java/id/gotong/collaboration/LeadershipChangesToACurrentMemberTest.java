package id.gotong.collaboration;

import id.gotong.act.NotPermitted;
import id.gotong.act.StateConflict;
import id.gotong.events.CollaborationEvent.LeadershipChanged;
import id.gotong.events.CollaborationEvent.MemberAdmitted;
import id.gotong.events.Role;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;

import static id.gotong.collaboration.CollaborationFixture.TOBA;
import static id.gotong.collaboration.CollaborationFixture.leadHandedTo;
import static id.gotong.collaboration.CollaborationFixture.registeredStakeholders;
import static id.gotong.collaboration.CollaborationFixture.tobaWithTeam;
import static id.gotong.collaboration.Recording.CLOCK;
import static id.gotong.collaboration.Recording.provenance;
import static id.gotong.collaboration.Recording.refused;
import static id.gotong.stakeholder.StakeholderFixture.BAPPEDA_TOBA;
import static id.gotong.stakeholder.StakeholderFixture.DISKOMINFO_TOBA;
import static id.gotong.stakeholder.StakeholderFixture.RRI_SIBOLGA;
import static id.gotong.stakeholder.StakeholderFixture.SETDA_TOBA;

class LeadershipChangesToACurrentMemberTest {

    private static final String NEW_DECREE = "Keputusan Bupati Toba 100/2024";

    private final FixtureConfiguration<Collaboration> fixture = new AggregateTestFixture<>(Collaboration.class)
            .registerInjectableResource(CLOCK)
            .registerInjectableResource(registeredStakeholders());

    @Test
    void givenDiskominfoLeads_whenChairHandsTheLeadToBappeda_thenLeadershipChangedAndDiskominfoStaysAsMember() {
        fixture.given(tobaWithTeam())
                .when(new RecordLeadershipChange(TOBA, SETDA_TOBA, null, BAPPEDA_TOBA,
                        "Smart-city team reformed under Bappeda", NEW_DECREE))
                .expectEvents(new LeadershipChanged(TOBA,
                        provenance(LeadershipChanged.class, SETDA_TOBA, TOBA, NEW_DECREE), DISKOMINFO_TOBA,
                        Role.MEMBER, BAPPEDA_TOBA, "Smart-city team reformed under Bappeda"));
    }

    @Test
    void givenLeadHandedToBappeda_whenBappedaAdmitsAMember_thenMemberAdmitted() {
        fixture.given(tobaWithTeam(leadHandedTo(BAPPEDA_TOBA, "Smart-city team reformed under Bappeda")))
                .when(new AdmitMember(TOBA, BAPPEDA_TOBA, null, RRI_SIBOLGA, Role.MEMBER, null))
                .expectEvents(new MemberAdmitted(TOBA, provenance(MemberAdmitted.class, BAPPEDA_TOBA, TOBA),
                        RRI_SIBOLGA, Role.MEMBER));
    }

    @Test
    void givenLeadHandedToBappeda_whenDiskominfoAdmitsAMember_thenNotPermittedAndNoEvents() {
        fixture.given(tobaWithTeam(leadHandedTo(BAPPEDA_TOBA, "Smart-city team reformed under Bappeda")))
                .when(new AdmitMember(TOBA, DISKOMINFO_TOBA, null, RRI_SIBOLGA, Role.MEMBER, null))
                .expectException(refused(NotPermitted.class, "membership-managed-by-lead-chair-or-secretary"))
                .expectNoEvents();
    }

    @Test
    void givenDiskominfoLeads_whenLeadershipChangeToDiskominfo_thenNoEvents() {
        fixture.given(tobaWithTeam())
                .when(new RecordLeadershipChange(TOBA, DISKOMINFO_TOBA, null, DISKOMINFO_TOBA, "Reconfirmed", null))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void givenRriSibolgaNotMember_whenLeadershipChangeToRriSibolga_thenStateConflictAndNoEvents() {
        fixture.given(tobaWithTeam())
                .when(new RecordLeadershipChange(TOBA, DISKOMINFO_TOBA, null, RRI_SIBOLGA, "Media-led campaign",
                        null))
                .expectException(refused(StateConflict.class, "current-member"))
                .expectNoEvents();
    }
}
