package id.gotong.outcome;

import id.gotong.api.ActApiTestSupport;
import id.gotong.events.Sector;
import id.gotong.web.Recorded;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Outcomes over HTTP: Surakarta's tourist visits, reported by Disbudpar and judged by the other members. */
class OutcomeApiTest extends ActApiTestSupport {

    Registered disbudpar;
    Registered diskominfo;
    Registered perdagangan;
    String collaboration;

    @BeforeEach
    void surakartaSmartBranding() {
        disbudpar = givenStakeholder("Dinas Kebudayaan dan Pariwisata Kota Surakarta", Sector.GOVERNMENT);
        diskominfo = givenStakeholder("Diskominfo SP Kota Surakarta", Sector.GOVERNMENT);
        perdagangan = givenStakeholder("Dinas Perdagangan Kota Surakarta", Sector.GOVERNMENT);
        collaboration = givenCollaboration(disbudpar, diskominfo, perdagangan);
    }

    Map<String, Object> touristVisits2023() {
        Map<String, Object> body = new HashMap<>();
        body.put("indicator", "Tourist visits");
        body.put("period", "2023");
        body.put("value", 4029686);
        body.put("unit", "visits");
        body.put("baseline", new BigDecimal("379097"));
        body.put("target", "4000000.0");
        body.put("evidenceLink", "https://surakarta.go.id/kunjungan-wisata-2023");
        body.put("occurredAt", "2024-01-15T02:00:00Z");
        return body;
    }

    String reportedByDisbudpar() {
        return accepted(201, () -> post(disbudpar, "/api/collaborations/" + collaboration + "/outcomes",
                touristVisits2023()), "OutcomeReported").id();
    }

    @Test
    void givenMember_whenReportingOutcome_then201WithLocationAndTheFiguresExactlyAsWritten() {
        long next = ledger.nextPosition();
        Recorded recorded = post(disbudpar, "/api/collaborations/" + collaboration + "/outcomes", touristVisits2023())
                .expectStatus().isCreated()
                .expectHeader().value(HttpHeaders.LOCATION, location -> assertThat(location).matches(
                        "/api/outcomes/out-[0-9a-f-]{36}"))
                .expectBody(Recorded.class).returnResult().getResponseBody();

        assertThat(recorded.events()).singleElement().satisfies(e -> assertThat(e.position()).isEqualTo(next));
        assertThat(storedTypes(recorded)).containsExactly("OutcomeReported");
        state("/api/outcomes/" + recorded.id(), "0")
                .jsonPath("$.outcomeId").isEqualTo(recorded.id())
                .jsonPath("$.reportedBy").isEqualTo(disbudpar.id())
                .jsonPath("$.indicator").isEqualTo("Tourist visits")
                .jsonPath("$.period").isEqualTo("2023")
                .jsonPath("$.value").isEqualTo("4029686")
                .jsonPath("$.baseline").isEqualTo("379097")
                .jsonPath("$.target").isEqualTo("4000000.0")
                .jsonPath("$.minimum").isEmpty()
                .jsonPath("$.confirmedBy").isEmpty()
                .jsonPath("$.disputedBy").isEmpty();
    }

    @Test
    void givenMember_whenReportingAgainstANationalMinimum_thenMinimumReadBackExactlyAsWritten() {
        Map<String, Object> body = new HashMap<>();
        body.put("indicator", "SPBE index");
        body.put("period", "2024");
        body.put("value", new BigDecimal("2.98"));
        body.put("unit", "index (0–5; \"Baik\" from 2.6)");
        body.put("baseline", "1.69");
        body.put("target", "3.39");
        body.put("minimum", new BigDecimal("2.60"));

        Recorded recorded = accepted(201, () -> post(diskominfo, "/api/collaborations/" + collaboration
                + "/outcomes", body), "OutcomeReported");

        state("/api/outcomes/" + recorded.id(), "0")
                .jsonPath("$.value").isEqualTo("2.98")
                .jsonPath("$.target").isEqualTo("3.39")
                .jsonPath("$.minimum").isEqualTo("2.60");
    }

    @Test
    void givenAMinimumWithAHugeExponent_whenReporting_then400NamingTheMinimum() {
        Map<String, Object> body = touristVisits2023();
        body.put("minimum", "1e999999999");

        refused(400, "digits", () -> post(disbudpar, "/api/collaborations/" + collaboration + "/outcomes", body))
                .jsonPath("$.field").isEqualTo("minimum");
    }

    @Test
    void givenReported_whenAnotherMemberConfirms_thenConfirmedByThatMember() {
        String outcome = reportedByDisbudpar();

        accepted(200, () -> post(diskominfo, "/api/outcomes/" + outcome + "/confirmations", null, ifMatch("0")),
                "OutcomeConfirmed");

        state("/api/outcomes/" + outcome, "1").jsonPath("$.confirmedBy[0]").isEqualTo(diskominfo.id());
    }

    @Test
    void givenReported_whenReporterConfirmsItsOwnOutcome_then403VerdictBySomeoneElse() {
        String outcome = reportedByDisbudpar();

        refused(403, "verdict-by-someone-else", () -> post(disbudpar, "/api/outcomes/" + outcome + "/confirmations",
                null));
    }

    @Test
    void givenConfirmed_whenSameMemberDisputes_then409OneVerdictPerMember() {
        String outcome = reportedByDisbudpar();
        post(diskominfo, "/api/outcomes/" + outcome + "/confirmations", null).expectStatus().isOk();

        refused(409, "one-verdict-per-member", () -> post(diskominfo, "/api/outcomes/" + outcome + "/disputes",
                Map.of("reason", "On second thought")));
    }

    @Test
    void givenReported_whenAnotherMemberDisputes_thenDisputedByThatMember() {
        String outcome = reportedByDisbudpar();

        accepted(200, () -> post(perdagangan, "/api/outcomes/" + outcome + "/disputes",
                Map.of("reason", "BPS counts 3.9 million visits for 2023")), "OutcomeDisputed");

        state("/api/outcomes/" + outcome, "1").jsonPath("$.disputedBy[0]").isEqualTo(perdagangan.id());
    }

    @Test
    void givenReported_whenDisputingWithoutReason_then400() {
        String outcome = reportedByDisbudpar();

        refused(400, "not-blank", () -> post(perdagangan, "/api/outcomes/" + outcome + "/disputes", Map.of()))
                .jsonPath("$.field").isEqualTo("reason");
    }

    @Test
    void givenStakeholderOutsideTheCollaboration_whenConfirming_then403MembersOnly() {
        String outcome = reportedByDisbudpar();
        Registered outsider = givenStakeholder("PT Shopee International Indonesia", Sector.BUSINESS);

        refused(403, "members-only", () -> post(outsider, "/api/outcomes/" + outcome + "/confirmations", null));
    }

    @Test
    void givenAHugeExponent_whenReporting_then400BeforeAnyDigitIsWritten() {
        Map<String, Object> body = touristVisits2023();
        body.put("value", "1e999999999");

        refused(400, "digits", () -> post(disbudpar, "/api/collaborations/" + collaboration + "/outcomes", body))
                .jsonPath("$.field").isEqualTo("value");
    }

    @Test
    void givenChangedSinceRead_whenConfirmingWithStaleIfMatch_then409VersionMatches() {
        String outcome = reportedByDisbudpar();
        post(perdagangan, "/api/outcomes/" + outcome + "/confirmations", null).expectStatus().isOk();

        refused(409, "version-matches", () -> post(diskominfo, "/api/outcomes/" + outcome + "/confirmations", null,
                ifMatch("0")));
    }

    @Test
    void givenNoSuchOutcome_whenConfirming_then404() {
        refused(404, "resource-exists", () -> post(diskominfo, "/api/outcomes/out-none/confirmations", null));
        web.get().uri("/api/outcomes/out-none").exchange().expectStatus().isNotFound();
    }
}
