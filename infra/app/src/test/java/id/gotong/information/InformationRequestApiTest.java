package id.gotong.information;

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

/** Information requests over HTTP: Surakarta asks Shopee for the data of the SMEs it trained. */
class InformationRequestApiTest extends ActApiTestSupport {

    Registered disbudpar;
    Registered shopee;
    Registered diskominfo;
    String collaboration;

    @BeforeEach
    void surakartaSmartBranding() {
        disbudpar = givenStakeholder("Dinas Kebudayaan dan Pariwisata Kota Surakarta", Sector.GOVERNMENT);
        shopee = givenStakeholder("PT Shopee International Indonesia", Sector.BUSINESS);
        diskominfo = givenStakeholder("Diskominfo SP Kota Surakarta", Sector.GOVERNMENT);
        collaboration = givenCollaboration(disbudpar, shopee, diskominfo);
    }

    Map<String, Object> smeDataFrom(String requestedFrom) {
        Map<String, Object> body = new HashMap<>();
        body.put("requestedFrom", requestedFrom);
        body.put("subject", "Names and sales of the Surakarta SMEs trained in 2022");
        body.put("dueOn", LocalDate.now().plusDays(30).toString());
        return body;
    }

    String requestedFromShopee() {
        return accepted(201, () -> post(disbudpar, "/api/collaborations/" + collaboration + "/information-requests",
                smeDataFrom(shopee.id())), "InformationRequested").id();
    }

    @Test
    void givenMembers_whenRequestingInformation_then201WithLocationAndInformationRequested() {
        long next = ledger.nextPosition();
        Recorded recorded = post(disbudpar, "/api/collaborations/" + collaboration + "/information-requests",
                smeDataFrom(shopee.id()))
                .expectStatus().isCreated()
                .expectHeader().value(HttpHeaders.LOCATION, location -> assertThat(location).matches(
                        "/api/information-requests/irq-[0-9a-f-]{36}"))
                .expectBody(Recorded.class).returnResult().getResponseBody();

        assertThat(recorded.events()).singleElement().satisfies(e -> assertThat(e.position()).isEqualTo(next));
        assertThat(storedTypes(recorded)).containsExactly("InformationRequested");
        state("/api/information-requests/" + recorded.id(), "0")
                .jsonPath("$.requestId").isEqualTo(recorded.id())
                .jsonPath("$.requestedBy").isEqualTo(disbudpar.id())
                .jsonPath("$.requestedFrom").isEqualTo(shopee.id())
                .jsonPath("$.subject").isEqualTo("Names and sales of the Surakarta SMEs trained in 2022")
                .jsonPath("$.status").isEqualTo("OPEN")
                .jsonPath("$.lapsed").isEqualTo(false);
    }

    @Test
    void givenRequested_whenRequestedPartyAnswers_thenAnswered() {
        String request = requestedFromShopee();

        accepted(200, () -> post(shopee, "/api/information-requests/" + request + "/answer", Map.of(
                "answerSummary", "312 SMEs, sales per quarter", "link", "https://example.org/umkm-solo.xlsx"),
                ifMatch("0")), "InformationRequestAnswered");

        state("/api/information-requests/" + request, "1").jsonPath("$.status").isEqualTo("ANSWERED");
    }

    @Test
    void givenRequested_whenSomeoneNotAskedAnswers_then403RequestedPartyOnly() {
        String request = requestedFromShopee();

        refused(403, "requested-party-only", () -> post(diskominfo, "/api/information-requests/" + request
                + "/answer", Map.of("answerSummary", "We have part of it")));
    }

    @Test
    void givenRequested_whenRequestedPartyRefuses_thenDeclinedAndNoLongerAnswerable() {
        String request = requestedFromShopee();

        accepted(200, () -> post(shopee, "/api/information-requests/" + request + "/refusal",
                Map.of("reason", "Seller data is confidential under our privacy policy")),
                "InformationRequestDeclined");

        state("/api/information-requests/" + request, "1").jsonPath("$.status").isEqualTo("DECLINED");
        refused(409, "request-settled", () -> post(shopee, "/api/information-requests/" + request + "/answer",
                Map.of("answerSummary", "Here it is after all")));
    }

    @Test
    void givenRequestToOneself_whenRequesting_then422() {
        refused(422, "request-from-someone-else", () -> post(disbudpar, "/api/collaborations/" + collaboration
                + "/information-requests", smeDataFrom(disbudpar.id())))
                .jsonPath("$.field").isEqualTo("requestedFrom");
    }

    @Test
    void givenRequestedPartyOutsideTheCollaboration_whenRequesting_then422() {
        Registered outsider = givenStakeholder("PT Tokopedia", Sector.BUSINESS);

        refused(422, "requested-party-is-member", () -> post(disbudpar, "/api/collaborations/" + collaboration
                + "/information-requests", smeDataFrom(outsider.id())));
    }

    @Test
    void givenNoRequestedParty_whenRequesting_then400() {
        Map<String, Object> body = smeDataFrom(null);

        refused(400, "not-null", () -> post(disbudpar, "/api/collaborations/" + collaboration
                + "/information-requests", body))
                .jsonPath("$.field").isEqualTo("requestedFrom");
    }

    @Test
    void givenChangedSinceRead_whenAnsweringWithStaleIfMatch_then409VersionMatches() {
        String request = requestedFromShopee();

        refused(409, "version-matches", () -> post(shopee, "/api/information-requests/" + request + "/answer",
                Map.of("answerSummary", "312 SMEs"), ifMatch("1")));
    }

    @Test
    void givenNoSuchRequest_whenAnswering_then404() {
        refused(404, "resource-exists", () -> post(shopee, "/api/information-requests/irq-none/answer",
                Map.of("answerSummary", "312 SMEs")));
        web.get().uri("/api/information-requests/irq-none").exchange().expectStatus().isNotFound();
    }
}
