package id.gotong.agreement;

import id.gotong.api.ActApiTestSupport;
import id.gotong.events.Sector;
import id.gotong.web.Recorded;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Agreements over HTTP: Surakarta's cooperation agreement with PT Shopee International Indonesia. */
class AgreementApiTest extends ActApiTestSupport {

    Registered disbudpar;
    Registered diskominfo;
    Registered shopee;
    String collaboration;

    @BeforeEach
    void surakartaSmartBranding() {
        disbudpar = givenStakeholder("Dinas Kebudayaan dan Pariwisata Kota Surakarta", Sector.GOVERNMENT);
        diskominfo = givenStakeholder("Dinas Komunikasi, Informatika, Statistik dan Persandian Kota Surakarta",
                Sector.GOVERNMENT);
        shopee = givenStakeholder("PT Shopee International Indonesia", Sector.BUSINESS);
        collaboration = givenCollaboration(disbudpar, shopee, diskominfo);
    }

    Map<String, Object> cooperationAgreement(String... parties) {
        Map<String, Object> body = new HashMap<>();
        body.put("kind", "COOPERATION_AGREEMENT");
        body.put("number", "515.13/1306/2021");
        body.put("title", "Perjanjian kerja sama pengembangan UMKM Kota Surakarta melalui Shopee");
        body.put("parties", Arrays.asList(parties));
        body.put("termsSummary", "Shopee trains Surakarta SMEs to sell online");
        body.put("validFrom", "2021-12-01");
        body.put("validUntil", LocalDate.now().plusYears(2).toString());
        body.put("occurredAt", "2021-12-01T03:00:00Z");
        return body;
    }

    String drafted() {
        return accepted(201, () -> post(disbudpar, "/api/collaborations/" + collaboration + "/agreements",
                cooperationAgreement(disbudpar.id(), shopee.id())), "AgreementDrafted").id();
    }

    String inForce() {
        String agreement = drafted();
        post(disbudpar, "/api/agreements/" + agreement + "/signatures", null).expectStatus().isOk();
        post(shopee, "/api/agreements/" + agreement + "/signatures", null).expectStatus().isOk();
        return agreement;
    }

    @Test
    void givenMembers_whenLeadDraftsAgreement_then201WithLocationAndAgreementDrafted() {
        long next = ledger.nextPosition();
        Recorded recorded = post(disbudpar, "/api/collaborations/" + collaboration + "/agreements",
                cooperationAgreement(disbudpar.id(), shopee.id()))
                .expectStatus().isCreated()
                .expectHeader().value(HttpHeaders.LOCATION, location -> assertThat(location).matches(
                        "/api/agreements/agr-[0-9a-f-]{36}"))
                .expectBody(Recorded.class).returnResult().getResponseBody();

        assertThat(recorded.id()).startsWith("agr-");
        assertThat(recorded.events()).singleElement().satisfies(event -> {
            assertThat(event.position()).isEqualTo(next);
            assertThat(event.eventId()).isNotBlank();
        });
        assertThat(storedTypes(recorded)).containsExactly("AgreementDrafted");
        state("/api/agreements/" + recorded.id(), "0")
                .jsonPath("$.agreementId").isEqualTo(recorded.id())
                .jsonPath("$.collaborationId").isEqualTo(collaboration)
                .jsonPath("$.kind").isEqualTo("COOPERATION_AGREEMENT")
                .jsonPath("$.number").isEqualTo("515.13/1306/2021")
                .jsonPath("$.parties.length()").isEqualTo(2)
                .jsonPath("$.validFrom").isEqualTo("2021-12-01")
                .jsonPath("$.agreementVersion").isEqualTo(1)
                .jsonPath("$.signedBy").isEmpty()
                .jsonPath("$.status").isEqualTo("AWAITING_SIGNATURES")
                .jsonPath("$.version").isEqualTo(0);
    }

    @Test
    void givenDraft_whenBothPartiesSign_thenTheLastSignatureBringsItIntoForce() {
        String agreement = drafted();

        accepted(200, () -> post(disbudpar, "/api/agreements/" + agreement + "/signatures",
                Map.of("occurredAt", "2021-12-01T03:00:00Z")), "AgreementSigned");
        state("/api/agreements/" + agreement, "1")
                .jsonPath("$.signedBy[0]").isEqualTo(disbudpar.id())
                .jsonPath("$.status").isEqualTo("AWAITING_SIGNATURES");
        Recorded last = accepted(200, () -> post(shopee, "/api/agreements/" + agreement + "/signatures", null,
                ifMatch("1")), "AgreementSigned", "AgreementCameIntoForce");

        assertThat(last.id()).isEqualTo(agreement);
        state("/api/agreements/" + agreement, "3")
                .jsonPath("$.signedBy.length()").isEqualTo(2)
                .jsonPath("$.status").isEqualTo("IN_FORCE")
                .jsonPath("$.version").isEqualTo(3);
    }

    @Test
    void givenDraft_whenMemberWhoIsNoPartySigns_then403SignOnlyForYourself() {
        String agreement = drafted();

        refused(403, "sign-only-for-yourself",
                () -> post(diskominfo, "/api/agreements/" + agreement + "/signatures", null));
    }

    @Test
    void givenSigned_whenSameCallerSignsAgain_then409SignOncePerVersion() {
        String agreement = drafted();
        post(shopee, "/api/agreements/" + agreement + "/signatures", null).expectStatus().isOk();

        refused(409, "sign-once-per-version",
                () -> post(shopee, "/api/agreements/" + agreement + "/signatures", null));
    }

    @Test
    void givenAgreementChangedSinceRead_whenSigningWithStaleIfMatch_then409VersionMatches() {
        String agreement = drafted();
        post(disbudpar, "/api/agreements/" + agreement + "/signatures", null).expectStatus().isOk();

        refused(409, "version-matches",
                () -> post(shopee, "/api/agreements/" + agreement + "/signatures", null, ifMatch("0")))
                .jsonPath("$.field").isEqualTo("If-Match");
    }

    @Test
    void givenNoSuchAgreement_whenSigning_then404() {
        refused(404, "resource-exists",
                () -> post(shopee, "/api/agreements/agr-never-drafted/signatures", null));
        web.get().uri("/api/agreements/agr-never-drafted").exchange()
                .expectStatus().isNotFound()
                .expectBody().jsonPath("$.rule").isEqualTo("resource-exists");
    }

    @Test
    void givenIdOfAnotherKindOfRecord_whenReadOrSignedAsAgreement_then404() {
        web.get().uri("/api/agreements/" + collaboration).exchange()
                .expectStatus().isNotFound()
                .expectBody().jsonPath("$.rule").isEqualTo("resource-exists");
        refused(404, "resource-exists",
                () -> post(shopee, "/api/agreements/" + collaboration + "/signatures", null));
    }

    @Test
    void givenMalformedAgreementIdInPath_whenSigning_then400NamingThePathVariable() {
        refused(400, "pattern", () -> post(shopee, "/api/agreements/agr:1;drop/signatures", null))
                .jsonPath("$.field").isEqualTo("agreementId");
    }

    @Test
    void givenNoCredential_whenSigning_then401() {
        String agreement = drafted();

        refused(401, "credential-valid", () -> web.post().uri("/api/agreements/" + agreement + "/signatures")
                .exchange());
    }

    @Test
    void givenStakeholderOutsideTheCollaboration_whenDrafting_then403MembersOnly() {
        Registered outsider = givenStakeholder("PT Telkom Indonesia", Sector.BUSINESS);

        refused(403, "members-only", () -> post(outsider, "/api/collaborations/" + collaboration + "/agreements",
                cooperationAgreement(outsider.id())));
    }

    @Test
    void givenNoSuchCollaboration_whenDrafting_then404() {
        refused(404, "collaboration-exists", () -> post(disbudpar, "/api/collaborations/col-none/agreements",
                cooperationAgreement(disbudpar.id())));
    }

    @Test
    void givenPartyListWithNull_whenDrafting_then400NotNull() {
        List<String> parties = new ArrayList<>();
        parties.add(disbudpar.id());
        parties.add(null);
        Map<String, Object> body = cooperationAgreement();
        body.put("parties", parties);

        refused(400, "not-null", () -> post(disbudpar, "/api/collaborations/" + collaboration + "/agreements", body))
                .jsonPath("$.field").isEqualTo("parties[1]");
    }

    @Test
    void givenDraftWithoutNumber_whenDrafting_then400NotBlank() {
        Map<String, Object> body = cooperationAgreement(disbudpar.id());
        body.put("number", " ");

        refused(400, "not-blank", () -> post(disbudpar, "/api/collaborations/" + collaboration + "/agreements", body))
                .jsonPath("$.field").isEqualTo("number");
    }

    @Test
    void givenValidityEndingBeforeItStarts_whenDrafting_then422() {
        Map<String, Object> body = cooperationAgreement(disbudpar.id(), shopee.id());
        body.put("validUntil", "2021-11-30");

        refused(422, "validity-ends-after-it-starts",
                () -> post(disbudpar, "/api/collaborations/" + collaboration + "/agreements", body))
                .jsonPath("$.field").isEqualTo("validUntil");
    }

    @Test
    void givenActInTheFuture_whenDrafting_then422() {
        Map<String, Object> body = cooperationAgreement(disbudpar.id(), shopee.id());
        body.put("occurredAt", Instant.now().plusSeconds(3600).toString());

        refused(422, "occurred-not-in-future",
                () -> post(disbudpar, "/api/collaborations/" + collaboration + "/agreements", body));
    }

    @Test
    void givenInForce_whenPartyAmends_thenSignaturesStartOverForVersion2() {
        String agreement = inForce();

        accepted(200, () -> post(shopee, "/api/agreements/" + agreement + "/amendments", Map.of(
                "termsSummary", "Shopee trains Surakarta SMEs and hosts a Solo city campaign",
                "reason", "Addendum for the 2022 city campaign"), ifMatch("3")), "AgreementAmended");

        state("/api/agreements/" + agreement, "4")
                .jsonPath("$.agreementVersion").isEqualTo(2)
                .jsonPath("$.signedBy").isEmpty()
                .jsonPath("$.status").isEqualTo("AWAITING_SIGNATURES")
                .jsonPath("$.validUntil").doesNotExist();
    }

    @Test
    void givenDraft_whenNonPartyAmends_then403AmendOnlyAsParty() {
        String agreement = drafted();

        refused(403, "amend-only-as-party", () -> post(diskominfo, "/api/agreements/" + agreement + "/amendments",
                Map.of("termsSummary", "Other terms", "reason", "We would like other terms")));
    }

    @Test
    void givenInForce_whenPartyTerminates_thenTerminatedAndNoLongerSignable() {
        String agreement = inForce();

        accepted(200, () -> post(disbudpar, "/api/agreements/" + agreement + "/termination",
                Map.of("reason", "The SME programme moved to the provincial government")), "AgreementTerminated");

        state("/api/agreements/" + agreement, "4").jsonPath("$.status").isEqualTo("TERMINATED");
        refused(409, "agreement-terminated", () -> post(disbudpar, "/api/agreements/" + agreement + "/amendments",
                Map.of("termsSummary", "New terms", "reason", "Revive it")));
    }

    @Test
    void givenTermination_whenNoReasonGiven_then400() {
        String agreement = drafted();

        refused(400, "not-blank", () -> post(disbudpar, "/api/agreements/" + agreement + "/termination",
                Map.of("reason", "")))
                .jsonPath("$.field").isEqualTo("reason");
    }

    @Test
    void givenIdempotencyKey_whenSigningIsRetried_thenTheFirstAnswerComesBackAndNothingIsAppended() {
        String agreement = drafted();
        Recorded first = accepted(200, () -> post(shopee, "/api/agreements/" + agreement + "/signatures", null,
                headers -> headers.set("Idempotency-Key", "sign-" + agreement)), "AgreementSigned");
        long next = ledger.nextPosition();

        Recorded retried = post(shopee, "/api/agreements/" + agreement + "/signatures", null,
                headers -> headers.set("Idempotency-Key", "sign-" + agreement))
                .expectStatus().isOk()
                .expectBody(Recorded.class).returnResult().getResponseBody();

        assertThat(retried).isEqualTo(first);
        assertThat(ledger.nextPosition()).isEqualTo(next);
    }
}
