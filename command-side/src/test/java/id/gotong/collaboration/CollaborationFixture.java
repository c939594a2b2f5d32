package id.gotong.collaboration;

import id.gotong.events.CollaborationEvent.CollaborationRegistered;
import id.gotong.events.CollaborationEvent.LeadershipChanged;
import id.gotong.events.CollaborationEvent.MemberAdmitted;
import id.gotong.events.CollaborationEvent.MemberWithdrew;
import id.gotong.events.MeetingCadence;
import id.gotong.events.Role;
import id.gotong.events.SmartCityDimension;
import id.gotong.stakeholder.StakeholderFixture;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static id.gotong.collaboration.Recording.provenance;
import static id.gotong.stakeholder.StakeholderFixture.BAPPEDA_TOBA;
import static id.gotong.stakeholder.StakeholderFixture.DISKOMINFO_TOBA;
import static id.gotong.stakeholder.StakeholderFixture.IT_DEL;
import static id.gotong.stakeholder.StakeholderFixture.SETDA_TOBA;

/**
 * Toba Regency's smart-governance collaboration (seed 004): formed by decree 724/2022, led by Diskominfo, with
 * Bappeda as secretary, the regional secretariat as chair and IT Del as a member.
 */
public final class CollaborationFixture {

    public static final String TOBA = "toba-smart-governance";
    public static final String DECREE_724 = "Keputusan Bupati Toba 724/2022";
    public static final List<String> TOBA_LEGAL_BASIS = List.of(DECREE_724, "Perbup Toba 20/2023");
    public static final String TOBA_AUTHORITY = DECREE_724 + "; Perbup Toba 20/2023";

    private CollaborationFixture() {
    }

    public static RegisterCollaboration registerTobaSmartGovernance() {
        return new RegisterCollaboration(TOBA, DISKOMINFO_TOBA, null, "Toba Smart Governance", "Kabupaten Toba",
                Set.of(SmartCityDimension.GOVERNANCE), TOBA_LEGAL_BASIS, DISKOMINFO_TOBA, MeetingCadence.YEARLY);
    }

    public static CollaborationRegistered tobaCollaborationRegistered() {
        return new CollaborationRegistered(TOBA,
                provenance(CollaborationRegistered.class, DISKOMINFO_TOBA, TOBA, TOBA_AUTHORITY),
                "Toba Smart Governance", "Kabupaten Toba", Set.of(SmartCityDimension.GOVERNANCE), TOBA_LEGAL_BASIS,
                DISKOMINFO_TOBA, MeetingCadence.YEARLY);
    }

    public static MemberAdmitted diskominfoAdmittedAsLead() {
        return new MemberAdmitted(TOBA, provenance(MemberAdmitted.class, DISKOMINFO_TOBA, TOBA, TOBA_AUTHORITY),
                DISKOMINFO_TOBA, Role.PERSON_IN_CHARGE);
    }

    /** Registered, with only its lead as member; then whatever follows. */
    public static List<Object> tobaRegistered(Object... then) {
        List<Object> history = new ArrayList<>(List.of(tobaCollaborationRegistered(), diskominfoAdmittedAsLead()));
        history.addAll(List.of(then));
        return history;
    }

    /** Registered, with its team admitted by the lead under decree 724/2022; then whatever follows. */
    public static List<Object> tobaWithTeam(Object... then) {
        List<Object> history = tobaRegistered(admitted(SETDA_TOBA, Role.CHAIR), admitted(BAPPEDA_TOBA, Role.SECRETARY),
                admitted(IT_DEL, Role.MEMBER));
        history.addAll(List.of(then));
        return history;
    }

    public static MemberAdmitted admitted(String stakeholderId, Role role) {
        return new MemberAdmitted(TOBA, provenance(MemberAdmitted.class, DISKOMINFO_TOBA, TOBA, DECREE_724),
                stakeholderId, role);
    }

    public static MemberWithdrew withdrew(String stakeholderId, Role role, String reason) {
        return new MemberWithdrew(TOBA, provenance(MemberWithdrew.class, stakeholderId, TOBA), stakeholderId, role,
                reason);
    }

    public static LeadershipChanged leadHandedTo(String newLead, String reason) {
        return new LeadershipChanged(TOBA, provenance(LeadershipChanged.class, DISKOMINFO_TOBA, TOBA, null),
                DISKOMINFO_TOBA, Role.MEMBER, newLead, reason);
    }

    /** Every seed stakeholder registered, no collaboration yet: what the collaboration's own rules ask. */
    public static InMemoryMembership registeredStakeholders() {
        return new InMemoryMembership().registered(StakeholderFixture.ALL);
    }

    /** The Toba team as other aggregates' rules see it. RRI Sibolga and PT Solusi Rahayu are registered, not members. */
    public static InMemoryMembership tobaMembership() {
        return registeredStakeholders()
                .member(TOBA, DISKOMINFO_TOBA, Role.PERSON_IN_CHARGE)
                .member(TOBA, SETDA_TOBA, Role.CHAIR)
                .member(TOBA, BAPPEDA_TOBA, Role.SECRETARY)
                .member(TOBA, IT_DEL, Role.MEMBER);
    }
}
