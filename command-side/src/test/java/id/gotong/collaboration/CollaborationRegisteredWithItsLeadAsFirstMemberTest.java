package id.gotong.collaboration;

import id.gotong.events.CollaborationEvent.CollaborationRegistered;
import id.gotong.events.CollaborationEvent.MemberAdmitted;
import id.gotong.events.MeetingCadence;
import id.gotong.events.Role;
import id.gotong.events.SmartCityDimension;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static id.gotong.collaboration.CollaborationFixture.diskominfoAdmittedAsLead;
import static id.gotong.collaboration.CollaborationFixture.registerTobaSmartGovernance;
import static id.gotong.collaboration.CollaborationFixture.registeredStakeholders;
import static id.gotong.collaboration.CollaborationFixture.tobaCollaborationRegistered;
import static id.gotong.collaboration.Recording.CLOCK;
import static id.gotong.collaboration.Recording.provenance;
import static id.gotong.stakeholder.StakeholderFixture.DISBUDPAR_SURAKARTA;
import static id.gotong.stakeholder.StakeholderFixture.DISKOMINFO_SURAKARTA;

class CollaborationRegisteredWithItsLeadAsFirstMemberTest {

    private final FixtureConfiguration<Collaboration> fixture = new AggregateTestFixture<>(Collaboration.class)
            .registerInjectableResource(CLOCK)
            .registerInjectableResource(registeredStakeholders());

    @Test
    void givenNoPriorActivity_whenRegisterTobaSmartGovernance_thenRegisteredAndDiskominfoAdmittedAsPersonInCharge() {
        fixture.givenNoPriorActivity()
                .when(registerTobaSmartGovernance())
                .expectEvents(tobaCollaborationRegistered(), diskominfoAdmittedAsLead());
    }

    @Test
    void givenNoPriorActivity_whenDiskominfoRegistersSurakartaLedByDisbudpar_thenDisbudparIsTheFirstMember() {
        String surakarta = "surakarta-smart-branding";
        List<String> legalBasis = List.of("Perwali Surakarta 8.6/2022", "PKS 515.13/1306/2021");
        String authority = "Perwali Surakarta 8.6/2022; PKS 515.13/1306/2021";

        fixture.givenNoPriorActivity()
                .when(new RegisterCollaboration(surakarta, DISKOMINFO_SURAKARTA, null, "Solo Smart Branding",
                        "Kota Surakarta", Set.of(SmartCityDimension.BRANDING, SmartCityDimension.ECONOMY), legalBasis,
                        DISBUDPAR_SURAKARTA, MeetingCadence.MONTHLY))
                .expectEvents(
                        new CollaborationRegistered(surakarta,
                                provenance(CollaborationRegistered.class, DISKOMINFO_SURAKARTA, surakarta, authority),
                                "Solo Smart Branding", "Kota Surakarta",
                                Set.of(SmartCityDimension.BRANDING, SmartCityDimension.ECONOMY), legalBasis,
                                DISBUDPAR_SURAKARTA, MeetingCadence.MONTHLY),
                        new MemberAdmitted(surakarta,
                                provenance(MemberAdmitted.class, DISKOMINFO_SURAKARTA, surakarta, authority),
                                DISBUDPAR_SURAKARTA, Role.PERSON_IN_CHARGE));
    }

    @Test
    void givenNoPriorActivity_whenRegisterWithoutLegalBasis_thenRegisteredWithNoAuthority() {
        fixture.givenNoPriorActivity()
                .when(new RegisterCollaboration("solo-umkm-coordination", DISKOMINFO_SURAKARTA, null, "Koordinasi UMKM Solo",
                        null, Set.of(SmartCityDimension.SOCIETY), List.of(), DISKOMINFO_SURAKARTA,
                        MeetingCadence.AD_HOC))
                .expectEvents(
                        new CollaborationRegistered("solo-umkm-coordination",
                                provenance(CollaborationRegistered.class, DISKOMINFO_SURAKARTA, "solo-umkm-coordination"),
                                "Koordinasi UMKM Solo", null, Set.of(SmartCityDimension.SOCIETY), List.of(),
                                DISKOMINFO_SURAKARTA, MeetingCadence.AD_HOC),
                        new MemberAdmitted("solo-umkm-coordination",
                                provenance(MemberAdmitted.class, DISKOMINFO_SURAKARTA, "solo-umkm-coordination"),
                                DISKOMINFO_SURAKARTA, Role.PERSON_IN_CHARGE));
    }
}
