package id.gotong.ui;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The public and auditor pages as served, without JavaScript: the demo data, both languages, labels, headers. */
class PagesWithoutJavaScriptTest extends PageTestSupport {

    @Test
    void theStartPageIsInIndonesianForABrowserThatDoesNotAskForEnglish() {
        Document page = page("/");
        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("id");
        assertThat(page.selectFirst("h1").text()).isEqualTo("Kolaborasi kota cerdas");
        assertThat(page.select("#results .card h2 a").eachText()).containsExactlyInAnyOrder(
                "Bekasi Smart City with PT Telkom", "Surakarta smart branding 2022–2023", "Tangerang Gemilang",
                "Toba smart governance");

        Document french = html(web.get().uri("/").header(HttpHeaders.ACCEPT_LANGUAGE, "fr-FR,fr;q=0.9"));
        assertThat(french.selectFirst("html").attr("lang")).isEqualTo("id");
    }

    @Test
    void aBrowserThatAsksForEnglishGetsEnglish() {
        Document page = html(web.get().uri("/").header(HttpHeaders.ACCEPT_LANGUAGE, "en-US,en;q=0.9,id;q=0.5"));
        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("en");
        assertThat(page.selectFirst("h1").text()).isEqualTo("Smart-city collaborations");
    }

    @Test
    void theLanguageSwitchIsRememberedInACookieAndWinsOverTheBrowser() {
        var answer = web.get().uri("/language?lang=en&next=/collaborations/toba-smart-governance").exchange()
                .expectStatus().isSeeOther()
                .expectHeader().location("/collaborations/toba-smart-governance")
                .returnResult(Void.class);
        ResponseCookie cookie = answer.getResponseCookies().getFirst(Languages.COOKIE);
        assertThat(cookie).isNotNull();
        assertThat(cookie.getValue()).isEqualTo("en");
        assertThat(cookie.getPath()).isEqualTo("/");

        Document english = html(web.get().uri("/collaborations/toba-smart-governance")
                .header(HttpHeaders.ACCEPT_LANGUAGE, "id").cookie(Languages.COOKIE, "en"));
        assertThat(english.selectFirst("html").attr("lang")).isEqualTo("en");
        assertThat(english.selectFirst("#members-h").text()).isEqualTo("Members");
        Document indonesian = html(web.get().uri("/collaborations/toba-smart-governance")
                .header(HttpHeaders.ACCEPT_LANGUAGE, "en").cookie(Languages.COOKIE, "id"));
        assertThat(indonesian.selectFirst("html").attr("lang")).isEqualTo("id");
        assertThat(indonesian.selectFirst("#members-h").text()).isEqualTo("Anggota");

        web.get().uri("/language?lang=en&next=https://evil.example/").exchange()
                .expectStatus().isSeeOther().expectHeader().location("/");
    }

    @Test
    void theListFiltersByRegionAndDimensionWithAPlainForm() {
        assertThat(page("/?region=Kabupaten+Toba&dimension=").select("#results .card h2 a").eachText())
                .containsExactly("Toba smart governance");
        assertThat(page("/?dimension=BRANDING").select("#results .card h2 a").eachText())
                .containsExactlyInAnyOrder("Surakarta smart branding 2022–2023", "Tangerang Gemilang");
        Document filtered = page("/?region=Kota+Bekasi");
        assertThat(filtered.selectFirst("#region option[selected]").text()).isEqualTo("Kota Bekasi");
    }

    @Test
    void tobasPageShowsItsSpbeIndexAgainstBaselineMinimumAndTarget() {
        Document page = page("/collaborations/toba-smart-governance");
        Element outcome = page.selectFirst("#outcomes article.outcome");
        assertThat(outcome.selectFirst("h3").text()).startsWith("SPBE index");
        assertThat(outcome.select("table.outcome-table tbody td.num:nth-of-type(1)").eachText())
                .containsExactly("1.69", "1.89", "2.16", "2.98");
        assertThat(outcome.select("table.outcome-table tbody th").eachText())
                .containsExactly("2021", "2022", "2023", "2024");
        assertThat(outcome.selectFirst(".reference").text()).contains("1.69", "2.6", "3.39");
        assertThat(outcome.select("svg text.value").eachText()).containsExactly("1.69", "1.89", "2.16", "2.98");
        assertThat(outcome.select("svg a.point").eachAttr("href")).hasSize(4)
                .allSatisfy(href -> assertThat(href).matches("/ledger\\?position=\\d+"));
        assertThat(page.select("#health table.stages tbody tr")).hasSize(5);
        assertThat(page.select("#agreements .signatures li.signed")).hasSize(2);
    }

    @Test
    void surakartasPageShowsItsMembersBySectorAndRole() {
        Document page = page("/collaborations/surakarta-smart-branding");
        assertThat(page.select("#members table.members td:first-child a").eachText()).contains(
                "Dinas Kebudayaan dan Pariwisata Kota Surakarta", "Diskominfo SP Kota Surakarta",
                "PT Shopee International Indonesia", "Komunitas UMKM binaan Kota Surakarta");
        assertThat(page.select("#members h3").eachText()).contains("Pemerintah (5)", "Dunia usaha (1)",
                "Komunitas (1)");
        assertThat(page.select("#timeline ol.timeline li")).hasSizeGreaterThan(20);
        assertThat(page.selectFirst("#agreements").text()).contains("515.13/1306/2021");
    }

    @Test
    void aStakeholderPageShowsTrustWithItsEvidenceAndEveryPointOpensItsAct() {
        Document page = page("/stakeholders/solo-technopark");
        assertThat(page.selectFirst("h1").text()).isEqualTo("Solo Technopark (Brida Kota Surakarta)");
        assertThat(page.selectFirst(".trust-now").text()).contains("Perkiraan kepercayaan", "ketidakpastian");
        assertThat(page.select("figure.chart")).hasSize(3);
        List<String> links = page.select("#trust svg a.point").eachAttr("href");
        assertThat(links).isNotEmpty();
        Document act = page(links.get(links.size() - 1));
        assertThat(act.selectFirst("#act")).isNotNull();
        assertThat(act.selectFirst("#verify").attr("data-position")).matches("\\d+");
    }

    @Test
    void theLedgerPageShowsTheLatestCheckpointAndTheActWithItsRawProof() {
        Document page = page("/ledger?position=0");
        assertThat(Long.parseLong(page.selectFirst("#checkpoint-size").text())).isPositive();
        assertThat(page.selectFirst("#checkpoint pre.note").text()).startsWith("gotong.local/ledger");
        assertThat(page.selectFirst("#verify-button").hasAttr("hidden")).as("shown only by the script").isTrue();
        assertThat(page.select("#verify noscript")).hasSize(1);
        assertThat(page.select("#verify .raw-links a").eachAttr("href"))
                .anySatisfy(href -> assertThat(href).startsWith("/api/ledger/proof/inclusion?index=0&treeSize="));
        assertThat(page.selectFirst("#act dl").text()).contains("StakeholderRegistered");

        web.get().uri("/ledger?position=999999").exchange().expectStatus().isNotFound();
        assertThat(page("/ledger?position=x").selectFirst("#position-error")).isNotNull();
    }

    @Test
    void theAuditHistoryFiltersAndPagesWithoutJavaScript() {
        Document page = page("/audit?collaborationId=toba-smart-governance&type=OutcomeReported");
        assertThat(page.select("table.history tbody tr td:nth-child(2)").eachText())
                .containsExactly("OutcomeReported", "OutcomeReported", "OutcomeReported", "OutcomeReported");

        Document first = page("/audit");
        assertThat(first.select("#history-rows tr:not(#history-more)")).hasSize(50);
        String more = first.selectFirst("#history-more a").attr("href");
        assertThat(more).contains("from=50");
        assertThat(page(more).selectFirst("#history-rows tr td a").text()).isEqualTo("#50");

        Document refused = html(web.get().uri("/audit?since=yesterday"), 400);
        assertThat(refused.selectFirst("#since").attr("aria-invalid")).isEqualTo("true");
        assertThat(refused.selectFirst("#since-error").text()).isEqualTo("Masukkan tanggal yang sah.");
        assertThat(page.select("#evidence a[data-evidence]").eachAttr("href"))
                .contains("/api/ledger/evidence?collaborationId=toba-smart-governance");
    }

    @Test
    void theReplayShowsACollaborationAsItStoodAfterAnyOfItsActs() {
        Document start = page("/audit/replay?collaborationId=toba-smart-governance&act=1");
        assertThat(start.selectFirst("#replay-result .as-of").text()).contains("posisi");
        assertThat(start.select("#replay-result #outcomes article.outcome")).isEmpty();

        String last = start.selectFirst("#act").attr("max");
        Document end = page("/audit/replay?collaborationId=toba-smart-governance&act=" + last);
        assertThat(end.select("#replay-result table.outcome-table tbody td.num:nth-of-type(1)").eachText())
                .containsExactly("1.69", "1.89", "2.16", "2.98");
        Document byDay = page("/audit/replay?collaborationId=toba-smart-governance&day=2023-12-31");
        assertThat(byDay.select("#replay-result table.outcome-table tbody td.num:nth-of-type(1)").eachText())
                .containsExactly("1.69", "1.89");
    }

    @Test
    void everyFieldOfEveryPublicAndAuditorFormHasALabel() {
        for (String uri : List.of("/", "/ledger?position=3", "/audit",
                "/audit/replay?collaborationId=surakarta-smart-branding", "/agency")) {
            assertEveryFieldIsLabelled(page(uri));
        }
    }

    @Test
    void everyPageHasItsLandmarksAndASkipLink() {
        for (String uri : List.of("/", "/collaborations/toba-smart-governance", "/stakeholders/shopee", "/ledger",
                "/audit", "/agency")) {
            Document page = page(uri);
            assertThat(page.select("header.site-header")).as(uri).hasSize(1);
            assertThat(page.select("main#main")).as(uri).hasSize(1);
            assertThat(page.select("footer")).as(uri).hasSize(1);
            assertThat(page.select("nav[aria-label]")).as(uri).hasSizeGreaterThanOrEqualTo(2);
            assertThat(page.selectFirst("body > a.skip-link").attr("href")).isEqualTo("#main");
            assertThat(page.select("h1")).as(uri).hasSize(1);
        }
    }

    @Test
    void pagesForbidInlineScriptsAndTheApiIsLeftAlone() {
        web.get().uri("/").exchange().expectHeader().valueMatches("Content-Security-Policy",
                ".*script-src 'self'.*frame-ancestors 'none'.*");
        web.get().uri("/api/collaborations").exchange().expectHeader().doesNotExist("Content-Security-Policy");
        for (String uri : List.of("/", "/collaborations/toba-smart-governance", "/ledger?position=1", "/audit")) {
            Document page = page(uri);
            assertThat(page.select("script:not([src])")).as(uri).isEmpty();
            assertThat(page.select("[style]")).as(uri).isEmpty();
        }
    }

    @Test
    void anUnknownCollaborationIsAPageNotAStackTrace() {
        Document page = html(web.get().uri("/collaborations/no-such-thing"), 404);
        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("id");
        assertThat(page.selectFirst("h1").text()).isEqualTo("Tidak ditemukan");
        html(web.get().uri("/collaborations/toba-smart-governance?position=minus"), 400);
    }

    private Document html(WebTestClient.RequestHeadersSpec<?> request) {
        return html(request, 200);
    }

    private Document html(WebTestClient.RequestHeadersSpec<?> request,
                          int status) {
        return Jsoup.parse(request.exchange().expectStatus().isEqualTo(status)
                .expectBody(String.class).returnResult().getResponseBody(), origin());
    }
}
