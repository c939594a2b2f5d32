package id.gotong.collaboration;

import id.gotong.api.ActApiTestSupport;
import id.gotong.events.Sector;
import id.gotong.web.Recorded;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Collaborations over HTTP: Toba's smart-governance forum, led by Diskominfo, with Bappeda and IT Del. */
class CollaborationApiTest extends ActApiTestSupport {

    Registered diskominfo;
    Registered bappeda;
    Registered itDel;
    String toba;

    @BeforeEach
    void tobaForum() {
        diskominfo = givenStakeholder("Dinas Komunikasi dan Informatika Kabupaten Toba", Sector.GOVERNMENT);
        bappeda = givenStakeholder("Bappeda Kabupaten Toba", Sector.GOVERNMENT);
        itDel = givenStakeholder("Institut Teknologi Del", Sector.ACADEMIA);
        // version 0 registered, 1 lead admitted, 2 Bappeda (member), 3 IT Del (secretary)
        toba = givenCollaboration(diskominfo, bappeda, itDel);
    }

    String members(String stakeholderId) {
        return "/api/collaborations/" + toba + "/members" + (stakeholderId == null ? "" : "/" + stakeholderId);
    }

    @Test
    void givenRegisteredLead_whenRegisteringCollaboration_then201WithLocationRegisteredAndLeadAdmitted() {
        Map<String, Object> body = Map.of(
                "name", "Gerakan Menuju Smart City Kabupaten Toba",
                "region", "Kabupaten Toba",
                "dimensions", List.of("GOVERNANCE", "BRANDING"),
                "legalBasis", List.of("Keputusan Bupati Toba 724/2022"),
                "leadStakeholderId", diskominfo.id(),
                "meetingCadence", "YEARLY",
                "occurredAt", "2022-08-01T00:00:00Z");

        long next = ledger.nextPosition();
        Recorded recorded = post(diskominfo, "/api/collaborations", body)
                .expectStatus().isCreated()
                .expectHeader().value(HttpHeaders.LOCATION,
                        location -> assertThat(location).matches("/api/collaborations/col-[0-9a-f-]{36}"))
                .expectBody(Recorded.class).returnResult().getResponseBody();

        assertThat(recorded.id()).startsWith("col-");
        assertThat(recorded.events()).extracting(e -> e.position()).containsExactly(next, next + 1);
        assertThat(storedTypes(recorded)).containsExactly("CollaborationRegistered", "MemberAdmitted");
        state("/api/collaborations/" + recorded.id(), "1")
                .jsonPath("$.collaborationId").isEqualTo(recorded.id())
                .jsonPath("$.name").isEqualTo("Gerakan Menuju Smart City Kabupaten Toba")
                .jsonPath("$.dimensions").isEqualTo(List.of("GOVERNANCE", "BRANDING"))
                .jsonPath("$.legalBasis[0]").isEqualTo("Keputusan Bupati Toba 724/2022")
                .jsonPath("$.meetingCadence").isEqualTo("YEARLY")
                .jsonPath("$.leadStakeholderId").isEqualTo(diskominfo.id())
                .jsonPath("$.members.length()").isEqualTo(1)
                .jsonPath("$.members[0].stakeholderId").isEqualTo(diskominfo.id())
                .jsonPath("$.members[0].role").isEqualTo("PERSON_IN_CHARGE")
                .jsonPath("$.version").isEqualTo(1);
    }

    @Test
    void givenLead_whenAdmittingMemberOnCurrentVersion_then200AndMemberAdmitted() {
        Registered rri = givenStakeholder("RRI Sibolga", Sector.MEDIA);

        Recorded recorded = accepted(200, () -> post(diskominfo, members(null),
                Map.of("stakeholderId", rri.id(), "role", "WORKING_GROUP_COORDINATOR",
                        "authority", "Keputusan Bupati Toba 724/2022"), ifMatch("3")), "MemberAdmitted");

        assertThat(recorded.id()).isEqualTo(toba);
        state("/api/collaborations/" + toba, "4")
                .jsonPath("$.members[?(@.stakeholderId == '" + rri.id() + "')].role")
                .isEqualTo(List.of("WORKING_GROUP_COORDINATOR"));
    }

    @Test
    void givenSecretary_whenChangingRoleOfMember_then200AndMemberRoleChanged() {
        accepted(200, () -> web.put().uri(members(bappeda.id()))
                .headers(h -> h.setBearerAuth(itDel.credential()))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("role", "STEERING"))
                .exchange(), "MemberRoleChanged");

        state("/api/collaborations/" + toba, "4")
                .jsonPath("$.members[?(@.stakeholderId == '" + bappeda.id() + "')].role")
                .isEqualTo(List.of("STEERING"));
    }

    @Test
    void givenSecretary_whenWithdrawingMemberWithReasonInQuery_then200AndMemberWithdrew() {
        accepted(200, () -> web.delete().uri(members(bappeda.id()) + "?reason={reason}", "Reassigned to the province")
                .headers(h -> h.setBearerAuth(itDel.credential()))
                .exchange(), "MemberWithdrew");

        state("/api/collaborations/" + toba, "4")
                .jsonPath("$.members[?(@.stakeholderId == '" + bappeda.id() + "')]").isEmpty();
    }

    @Test
    void givenMember_whenWithdrawingItselfWithReasonInBody_then200AndMemberWithdrew() {
        accepted(200, () -> web.method(HttpMethod.DELETE).uri(members(bappeda.id()))
                .headers(h -> h.setBearerAuth(bappeda.credential()))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("reason", "Our planning unit no longer covers smart-city work",
                        "occurredAt", "2024-01-15T00:00:00Z"))
                .exchange(), "MemberWithdrew");

        state("/api/collaborations/" + toba, "4").jsonPath("$.members.length()").isEqualTo(2);
    }

    @Test
    void givenLead_whenHandingLeadershipToMember_then200AndLeadershipChanged() {
        accepted(200, () -> post(diskominfo, "/api/collaborations/" + toba + "/leadership",
                Map.of("newLeadStakeholderId", bappeda.id(), "reason", "The regent moved the programme to Bappeda",
                        "authority", "Keputusan Bupati Toba 100/2024")), "LeadershipChanged");

        state("/api/collaborations/" + toba, "4")
                .jsonPath("$.leadStakeholderId").isEqualTo(bappeda.id())
                .jsonPath("$.members[?(@.stakeholderId == '" + bappeda.id() + "')].role")
                .isEqualTo(List.of("PERSON_IN_CHARGE"))
                .jsonPath("$.members[?(@.stakeholderId == '" + diskominfo.id() + "')].role")
                .isEqualTo(List.of("MEMBER"));
    }

    @Test
    void givenMember_whenRecordingDriver_then200AndDriverRecorded() {
        accepted(200, () -> post(bappeda, "/api/collaborations/" + toba + "/drivers",
                Map.of("kind", "INTERDEPENDENCE",
                        "description", "No agency can raise the SPBE index alone")), "DriverRecorded");

        state("/api/collaborations/" + toba, "4");
    }

    @Test
    void givenMember_whenPublishingEventCalendar_then200AndEventCalendarPublished() {
        accepted(200, () -> post(itDel, "/api/collaborations/" + toba + "/calendar",
                Map.of("entries", List.of(
                        Map.of("title", "Forum SPBE Kabupaten Toba", "date", "2025-06-20"),
                        Map.of("title", "Toba Caldera Festival", "date", "2025-09-12",
                                "description", "Smart-branding showcase")))), "EventCalendarPublished");

        state("/api/collaborations/" + toba, "4");
    }

    @Test
    void givenUnknownCollaboration_whenReadingIt_then404() {
        web.get().uri("/api/collaborations/col-never-registered").exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.rule").isEqualTo("resource-exists");
    }
}
