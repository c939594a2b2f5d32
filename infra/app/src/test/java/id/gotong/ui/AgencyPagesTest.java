package id.gotong.ui;

import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;

import org.jsoup.nodes.Element;

import id.gotong.web.Caller;

import id.gotong.projection.Rebuilds;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseCookie;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.reactive.function.BodyInserters;

import java.net.URI;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An agency signs in and records acts through the forms, without JavaScript: the credential stays in a strict
 * cookie, every form post must come from this origin, and the command API's refusals appear next to their fields.
 */
class AgencyPagesTest extends PageTestSupport {

    /** Bekasi: the page tests read Toba's and Surakarta's figures exactly, so acts are recorded elsewhere. */
    static final String BEKASI = "bekasi-smart-city";
    static final String COOKIE = "gotong-agency";

    String token;

    @BeforeEach
    void bekasisLeadHasACredential() {
        token = credentials.issue("diskominfo-bekasi");
    }

    @Autowired
    Rebuilds rebuilds;

    @Test
    void theOperatorRebuildsTheReadModelsAndSeesItsProgressAnAgencyMayNot() throws Exception {
        Document refused = page(web.get().uri("/agency/rebuild").cookie(COOKIE, token), 403);
        assertThat(refused.selectFirst("form[action=/agency/rebuild]")).isNull();

        String operator = credentials.issue(Caller.OPERATOR_ID);
        assertThat(page(web.get().uri("/agency").cookie(COOKIE, operator), 200)
                .selectFirst("a[href=/agency/rebuild]")).isNotNull();
        web.post().uri("/agency/rebuild").header(HttpHeaders.ORIGIN, origin()).cookie(COOKIE, operator)
                .exchange().expectStatus().is3xxRedirection();
        Rebuilds.Status done = rebuilds.await(Duration.ofMinutes(2));
        assertThat(done.state()).isEqualTo(Rebuilds.State.DONE);

        Document page = page(web.get().uri("/agency/rebuild").cookie(COOKIE, operator), 200);
        Element progress = page.selectFirst("progress#rebuild-progress");
        assertThat(progress.attr("value")).isEqualTo(Long.toString(done.progress().processed()));
        assertThat(progress.attr("max")).isEqualTo(Long.toString(done.progress().total()));
        assertThat(page.selectFirst("#rebuild-status").hasAttr("hx-get")).as("no polling once done").isFalse();
        assertEveryFieldIsLabelled(page);
    }

    @Test
    void aFormPostFromAnotherSiteOrWithoutOriginIsRefused() {
        web.post().uri("/agency/sign-in").contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .body(BodyInserters.fromFormData("credential", token)).exchange()
                .expectStatus().isForbidden().expectHeader().doesNotExist(HttpHeaders.SET_COOKIE);
        web.post().uri("/agency/sign-in").header(HttpHeaders.ORIGIN, "http://evil.example")
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .body(BodyInserters.fromFormData("credential", token)).exchange()
                .expectStatus().isForbidden();
        long before = engine.nextPosition();
        post("/agency/collaborations/" + BEKASI + "/meetings", meeting("Forum"), "http://localhost.evil.example")
                .expectStatus().isForbidden();
        assertThat(engine.nextPosition()).isEqualTo(before);
    }

    @Test
    void signingInKeepsTheCredentialInAStrictHttpOnlyCookieAndNeverInAnAddress() {
        EntityExchangeResult<Void> answer = web.post().uri("/agency/sign-in").header(HttpHeaders.ORIGIN, origin())
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .body(BodyInserters.fromFormData("credential", token)).exchange()
                .expectStatus().isSeeOther().expectBody(Void.class).returnResult();
        URI location = answer.getResponseHeaders().getLocation();
        assertThat(location.toString()).isEqualTo("/agency").doesNotContain(token);
        ResponseCookie cookie = answer.getResponseCookies().getFirst(COOKIE);
        assertThat(cookie.getValue()).isEqualTo(token);
        assertThat(cookie.isHttpOnly()).isTrue();
        assertThat(cookie.getSameSite()).isEqualTo("Strict");
        assertThat(cookie.getPath()).isEqualTo("/agency");
        assertThat(cookie.getMaxAge().isNegative()).as("a session cookie").isTrue();

        Document home = page(web.get().uri("/agency").cookie(COOKIE, token), 200);
        assertThat(home.selectFirst("h1").text()).isEqualTo("Instansi: Diskominfostandi Kota Bekasi");
        assertThat(home.select(".card h3 a").eachText()).containsExactly("Bekasi Smart City with PT Telkom");
        assertThat(home.html()).doesNotContain(token);
    }

    @Test
    void aWrongCredentialIsRefusedNextToTheField() {
        Document page = Jsoup.parse(web.post().uri("/agency/sign-in").header(HttpHeaders.ORIGIN, origin())
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .body(BodyInserters.fromFormData("credential", "gtg_not-a-real-one")).exchange()
                .expectStatus().isBadRequest().expectHeader().doesNotExist(HttpHeaders.SET_COOKIE)
                .expectBody(String.class).returnResult().getResponseBody());
        assertThat(page.selectFirst("#credential").attr("aria-invalid")).isEqualTo("true");
        assertThat(page.selectFirst("#credential").attr("aria-describedby")).contains("credential-error");
        assertThat(page.selectFirst("#credential-error").text())
                .contains("Kredensial tidak dikenal, sudah dicabut atau kedaluwarsa.");
        assertThat(page.selectFirst("#credential").hasAttr("value")).as("never echoed back").isFalse();
    }

    @Test
    void aMeetingWithoutATitleIsRefusedByTheApiNextToTheTitleAndNothingIsRecorded() {
        long before = engine.nextPosition();
        MultiValueMap<String, String> form = meeting("");
        Document page = Jsoup.parse(post("/agency/collaborations/" + BEKASI + "/meetings", form, origin())
                .expectStatus().isBadRequest().expectBody(String.class).returnResult().getResponseBody());
        assertThat(page.selectFirst("#title").attr("aria-invalid")).isEqualTo("true");
        assertThat(page.selectFirst("#title-error").text()).contains("Wajib diisi.").contains("not-blank");
        assertThat(page.select(".error-summary a").eachAttr("href")).containsExactly("#title");
        assertThat(page.selectFirst("#scheduledAt").val()).isEqualTo(form.getFirst("scheduledAt"));
        assertThat(page.selectFirst("input[name=idempotencyKey]").val()).isEqualTo(form.getFirst("idempotencyKey"));
        assertThat(engine.nextPosition()).isEqualTo(before);
    }

    @Test
    void anActDatedInTheFutureIsRefusedByTheAggregateNextToItsField() {
        MultiValueMap<String, String> form = meeting("Forum");
        form.set("occurredAt", LocalDateTime.now(ZoneId.of("Asia/Jakarta")).plusDays(3).withNano(0).toString());
        Document page = Jsoup.parse(post("/agency/collaborations/" + BEKASI + "/meetings", form, origin())
                .expectStatus().isEqualTo(422).expectBody(String.class).returnResult().getResponseBody());
        assertThat(page.selectFirst("#occurredAt-error").text())
                .contains("Waktu tindakan tidak boleh di masa depan.").contains("occurred-not-in-future");
    }

    @Test
    void aMeetingIsRecordedThroughTheCommandApiOnceEvenIfTheFormIsSentTwice() {
        long before = engine.nextPosition();
        MultiValueMap<String, String> form = meeting("Forum Wi-Fi 2025");
        URI first = post("/agency/collaborations/" + BEKASI + "/meetings", form, origin())
                .expectStatus().isSeeOther().returnResult(Void.class).getResponseHeaders().getLocation();
        assertThat(first.toString()).startsWith("/agency?recorded=meeting&id=mtg-").endsWith("&positions=" + before);
        everythingRecordedIsProjectedAndSigned();
        assertThat(web.get().uri("/api/ledger/entries?start=" + before + "&end=" + (before + 1)).exchange()
                .expectBody(String.class).returnResult().getResponseBody())
                .contains("MeetingConvened", "Forum Wi-Fi 2025", "\"actor\":\"diskominfo-bekasi\"");

        URI again = post("/agency/collaborations/" + BEKASI + "/meetings", form, origin())
                .expectStatus().isSeeOther().returnResult(Void.class).getResponseHeaders().getLocation();
        assertThat(again).isEqualTo(first);
        assertThat(engine.nextPosition()).isEqualTo(before + 1);

        Document home = page(web.get().uri(first.toString()).cookie(COOKIE, token), 200);
        assertThat(home.selectFirst("#recorded").text()).contains("Rapat tercatat.");
        assertThat(home.select("#recorded a").eachAttr("href")).containsExactly("/ledger?position=" + before);
    }

    @Test
    void attendanceCommitmentsAndOutcomesAreRecordedThroughTheirForms() {
        URI convened = post("/agency/collaborations/" + BEKASI + "/meetings", meeting("Rapat evaluasi"), origin())
                .expectStatus().isSeeOther().returnResult(Void.class).getResponseHeaders().getLocation();
        String meetingId = convened.getQuery().replaceAll(".*id=([^&]+).*", "$1");
        everythingRecordedIsProjectedAndSigned();

        Document attendance = page(web.get().uri("/agency/collaborations/" + BEKASI + "/attendance/new?meetingId="
                + meetingId).cookie(COOKIE, token), 200);
        assertEveryFieldIsLabelled(attendance);
        List<String> rows = attendance.select("input[name$=.stakeholderId]").eachAttr("value");
        assertThat(rows).containsExactly("diskominfo-bekasi", "telkom");
        MultiValueMap<String, String> present = new LinkedMultiValueMap<>();
        present.add("idempotencyKey", attendance.selectFirst("input[name=idempotencyKey]").val());
        present.add("meetingId", meetingId);
        for (int i = 0; i < rows.size(); i++) {
            present.add("entries[" + i + "].stakeholderId", rows.get(i));
            present.add("entries[" + i + "].status", i == 0 ? "REPRESENTED" : "PRESENT");
            present.add("entries[" + i + "].representedBy", "");
        }
        Document refused = Jsoup.parse(post("/agency/collaborations/" + BEKASI + "/attendance", present, origin())
                .expectStatus().isEqualTo(422).expectBody(String.class).returnResult().getResponseBody());
        assertThat(refused.selectFirst("#entries-0-representedBy-error").text())
                .contains("represented-by-named-when-represented");
        present.set("entries[0].representedBy", "Kepala bidang");
        post("/agency/collaborations/" + BEKASI + "/attendance", present, origin()).expectStatus().isSeeOther()
                .expectHeader().value(HttpHeaders.LOCATION, l -> assertThat(l).startsWith("/agency?recorded=attendance"));

        MultiValueMap<String, String> pledge = form(Map.of("deliverable", "500 more public Wi-Fi points",
                "dueOn", "2026-13-45"));
        Document badDate = Jsoup.parse(post("/agency/collaborations/" + BEKASI + "/commitments", pledge, origin())
                .expectStatus().isBadRequest().expectBody(String.class).returnResult().getResponseBody());
        assertThat(badDate.selectFirst("#dueOn-error").text()).contains("Masukkan tanggal yang sah.");
        pledge.set("dueOn", "2099-12-31");
        post("/agency/collaborations/" + BEKASI + "/commitments", pledge, origin()).expectStatus().isSeeOther();

        MultiValueMap<String, String> outcome = form(Map.of("indicator", "Public Wi-Fi points", "period", "2025",
                "value", "1,500", "unit", "points"));
        Document badNumber = Jsoup.parse(post("/agency/collaborations/" + BEKASI + "/outcomes", outcome, origin())
                .expectStatus().isBadRequest().expectBody(String.class).returnResult().getResponseBody());
        assertThat(badNumber.selectFirst("#value-error").text()).contains("titik sebagai tanda desimal");
        outcome.set("value", "1500");
        post("/agency/collaborations/" + BEKASI + "/outcomes", outcome, origin()).expectStatus().isSeeOther();
    }

    @Test
    void everyFieldOfEveryAgencyFormHasALabel() {
        for (String form : List.of("meetings/new", "attendance/new", "commitments/new", "outcomes/new")) {
            assertEveryFieldIsLabelled(page(web.get().uri("/agency/collaborations/" + BEKASI + "/" + form)
                    .cookie(COOKIE, token), 200));
        }
        Document signIn = page(web.get().uri("/agency"), 200);
        assertEveryFieldIsLabelled(signIn);
        assertThat(signIn.selectFirst("#credential").attr("type")).isEqualTo("password");
    }

    @Test
    void withoutACredentialTheFormsLeadToSigningIn() {
        web.get().uri("/agency/collaborations/" + BEKASI + "/meetings/new").exchange()
                .expectStatus().isSeeOther().expectHeader().location("/agency");
        web.get().uri("/agency/collaborations/" + BEKASI + "/meetings/new").cookie(COOKIE, "gtg_revoked").exchange()
                .expectStatus().isSeeOther().expectHeader().location("/agency");
    }

    @Test
    void signingOutForgetsTheCredential() {
        ResponseCookie cookie = web.post().uri("/agency/sign-out").header(HttpHeaders.ORIGIN, origin())
                .cookie(COOKIE, token).exchange().expectStatus().isSeeOther()
                .returnResult(Void.class).getResponseCookies().getFirst(COOKIE);
        assertThat(cookie.getValue()).isEmpty();
        assertThat(cookie.getMaxAge()).isZero();
    }

    private WebTestClient.ResponseSpec post(String uri, MultiValueMap<String, String> form, String origin) {
        return web.post().uri(uri).header(HttpHeaders.ORIGIN, origin).cookie(COOKIE, token)
                .contentType(MediaType.APPLICATION_FORM_URLENCODED).body(BodyInserters.fromFormData(form))
                .exchange();
    }

    private Document page(WebTestClient.RequestHeadersSpec<?> request, int status) {
        return Jsoup.parse(request.exchange().expectStatus().isEqualTo(status).expectBody(String.class)
                .returnResult().getResponseBody(), origin());
    }

    static MultiValueMap<String, String> meeting(String title) {
        MultiValueMap<String, String> form = form(Map.of("title", title, "agenda", "Evaluasi Wi-Fi publik\nRencana 2026",
                "scheduledAt", "2025-03-10T09:30", "formality", "FORMAL", "channel", "IN_PERSON"));
        form.add("invitees", "telkom");
        return form;
    }

    static MultiValueMap<String, String> form(Map<String, String> fields) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("idempotencyKey", UUID.randomUUID().toString());
        fields.forEach(form::add);
        return form;
    }
}
