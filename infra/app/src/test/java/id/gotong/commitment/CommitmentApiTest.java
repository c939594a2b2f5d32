package id.gotong.commitment;

import id.gotong.api.ActApiTestSupport;
import id.gotong.events.Sector;
import id.gotong.web.Recorded;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Commitments over HTTP: Shopee pledges SME training for Surakarta. */
class CommitmentApiTest extends ActApiTestSupport {

    Registered disbudpar;
    Registered shopee;
    String collaboration;

    @BeforeEach
    void surakartaSmartBranding() {
        disbudpar = givenStakeholder("Dinas Kebudayaan dan Pariwisata Kota Surakarta", Sector.GOVERNMENT);
        shopee = givenStakeholder("PT Shopee International Indonesia", Sector.BUSINESS);
        collaboration = givenCollaboration(disbudpar, shopee);
    }

    Map<String, Object> smeTraining() {
        Map<String, Object> body = new HashMap<>();
        body.put("deliverable", "Online-selling training for 100 Surakarta SMEs");
        body.put("dueOn", LocalDate.now().plusMonths(3).toString());
        body.put("decisionRef", "Rapat koordinasi 2022, keputusan 3");
        return body;
    }

    String pledgedByShopee() {
        return accepted(201, () -> post(shopee, "/api/collaborations/" + collaboration + "/commitments",
                smeTraining()), "CommitmentPledged").id();
    }

    @Test
    void givenMember_whenPledging_then201WithLocationAndCommitmentPledgedByTheCaller() {
        long next = ledger.nextPosition();
        Recorded recorded = post(shopee, "/api/collaborations/" + collaboration + "/commitments", smeTraining())
                .expectStatus().isCreated()
                .expectHeader().value(HttpHeaders.LOCATION, location -> assertThat(location).matches(
                        "/api/commitments/cmt-[0-9a-f-]{36}"))
                .expectBody(Recorded.class).returnResult().getResponseBody();

        assertThat(recorded.events()).singleElement().satisfies(e -> assertThat(e.position()).isEqualTo(next));
        assertThat(storedTypes(recorded)).containsExactly("CommitmentPledged");
        state("/api/commitments/" + recorded.id(), "0")
                .jsonPath("$.commitmentId").isEqualTo(recorded.id())
                .jsonPath("$.pledgedBy").isEqualTo(shopee.id())
                .jsonPath("$.deliverable").isEqualTo("Online-selling training for 100 Surakarta SMEs")
                .jsonPath("$.decisionRef").isEqualTo("Rapat koordinasi 2022, keputusan 3")
                .jsonPath("$.status").isEqualTo("OPEN")
                .jsonPath("$.overdue").isEqualTo(false)
                .jsonPath("$.version").isEqualTo(0);
    }

    @Test
    void givenPledged_whenPledgerFulfils_thenFulfilledOnTime() {
        String commitment = pledgedByShopee();

        accepted(200, () -> post(shopee, "/api/commitments/" + commitment + "/fulfilment",
                Map.of("evidence", "Attendance list of the training, 12 March"), ifMatch("0")),
                "CommitmentFulfilled");

        state("/api/commitments/" + commitment, "1")
                .jsonPath("$.status").isEqualTo("FULFILLED")
                .jsonPath("$.onTime").isEqualTo(true);
    }

    @Test
    void givenPledged_whenAnotherMemberFulfils_then403PledgerOnly() {
        String commitment = pledgedByShopee();

        refused(403, "pledger-only", () -> post(disbudpar, "/api/commitments/" + commitment + "/fulfilment",
                Map.of("evidence", "We saw it happen")));
    }

    @Test
    void givenFulfilled_whenFulfilledAgain_then409CommitmentSettled() {
        String commitment = pledgedByShopee();
        post(shopee, "/api/commitments/" + commitment + "/fulfilment", Map.of("evidence", "Attendance list"))
                .expectStatus().isOk();

        refused(409, "commitment-settled", () -> post(shopee, "/api/commitments/" + commitment + "/abandonment",
                Map.of("reason", "Changed our mind")));
    }

    @Test
    void givenPledged_whenPledgerAbandons_thenAbandoned() {
        String commitment = pledgedByShopee();

        accepted(200, () -> post(shopee, "/api/commitments/" + commitment + "/abandonment",
                Map.of("reason", "The training budget was cut")), "CommitmentAbandoned");

        state("/api/commitments/" + commitment, "1").jsonPath("$.status").isEqualTo("ABANDONED");
    }

    @Test
    void givenChangedSinceRead_whenFulfillingWithStaleIfMatch_then409VersionMatches() {
        String commitment = pledgedByShopee();

        refused(409, "version-matches", () -> post(shopee, "/api/commitments/" + commitment + "/fulfilment",
                Map.of("evidence", "Attendance list"), ifMatch("7")));
    }

    @Test
    void givenNoSuchCommitment_whenFulfilling_then404() {
        refused(404, "resource-exists", () -> post(shopee, "/api/commitments/cmt-never-pledged/fulfilment",
                Map.of("evidence", "Attendance list")));
        web.get().uri("/api/commitments/cmt-never-pledged").exchange().expectStatus().isNotFound();
    }

    @Test
    void givenStakeholderOutsideTheCollaboration_whenPledging_then403MembersOnly() {
        Registered outsider = givenStakeholder("PT Telkom Indonesia", Sector.BUSINESS);

        refused(403, "members-only", () -> post(outsider, "/api/collaborations/" + collaboration + "/commitments",
                smeTraining()));
    }

    @Test
    void givenDueDateBeforeThePledge_whenPledging_then422() {
        Map<String, Object> body = smeTraining();
        body.put("occurredAt", "2022-03-01T02:00:00Z");
        body.put("dueOn", "2022-02-28");

        refused(422, "due-not-before-pledge",
                () -> post(shopee, "/api/collaborations/" + collaboration + "/commitments", body))
                .jsonPath("$.field").isEqualTo("dueOn");
    }

    @Test
    void givenNoDeliverable_whenPledging_then400() {
        Map<String, Object> body = smeTraining();
        body.remove("deliverable");

        refused(400, "not-blank", () -> post(shopee, "/api/collaborations/" + collaboration + "/commitments", body))
                .jsonPath("$.field").isEqualTo("deliverable");
    }

    @Test
    void givenMalformedAgreementIdInBody_whenPledging_then400() {
        Map<String, Object> body = smeTraining();
        body.put("agreementId", "agr 1/2");

        refused(400, "pattern", () -> post(shopee, "/api/collaborations/" + collaboration + "/commitments", body))
                .jsonPath("$.field").isEqualTo("agreementId");
    }
}
