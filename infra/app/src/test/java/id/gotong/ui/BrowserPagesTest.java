package id.gotong.ui;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;
import org.webjars.WebJarVersionLocator;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pages in a real browser (headless Chromium): the demo data, the in-browser check of an act with WebCrypto, an
 * agency recording a meeting, the language switch, keyboard use, a phone-sized screen and automated accessibility
 * checks (axe-core). Screenshots of the main pages go to {@code target/screenshots}.
 */
@EnabledIfChromium
class BrowserPagesTest extends PageTestSupport {

    static final String TOBA = "/collaborations/toba-smart-governance";
    static Browser browser;

    @BeforeEach
    void aBrowserWithNoCookies() {
        if (browser == null) {
            browser = new Browser(origin());
        }
        browser.resize(Browser.DESKTOP);
        browser.open("/api/ledger/key");
        browser.driver.manage().deleteAllCookies();
    }

    @AfterAll
    static void closeTheBrowser() {
        if (browser != null) {
            browser.close();
            browser = null;
        }
    }

    @Test
    void thePublicPagesShowTheDemoData() {
        browser.open("/");
        assertThat(browser.find("h1").getText()).isEqualTo("Kolaborasi kota cerdas");
        browser.screenshot("collaborations");
        browser.driver.findElement(By.linkText("Toba smart governance")).click();
        browser.waitFor(d -> browser.find("h1").getText().equals("Toba smart governance"));
        List<WebElement> values = browser.driver.findElements(
                By.cssSelector("#outcomes table.outcome-table tbody td.num:nth-of-type(1)"));
        assertThat(values).extracting(WebElement::getText).containsExactly("1.69", "1.89", "2.16", "2.98");
        assertThat(values).allSatisfy(value -> assertThat(value.isDisplayed()).isTrue());
        assertThat(browser.driver.findElements(By.cssSelector("#outcomes svg text.value")))
                .extracting(WebElement::getText).containsExactly("1.69", "1.89", "2.16", "2.98");
        browser.screenshot("collaboration-toba");

        browser.open("/collaborations/surakarta-smart-branding");
        assertThat(browser.driver.findElements(By.cssSelector("#members table.members td:first-child a")))
                .extracting(WebElement::getText).contains("Dinas Kebudayaan dan Pariwisata Kota Surakarta",
                        "Diskominfo SP Kota Surakarta", "Dinas Perdagangan Kota Surakarta",
                        "Diskoperin UKM Kota Surakarta", "Solo Technopark (Brida Kota Surakarta)",
                        "PT Shopee International Indonesia", "Komunitas UMKM binaan Kota Surakarta");
        browser.screenshot("collaboration-surakarta");

        browser.open("/stakeholders/disbudpar-surakarta");
        assertThat(browser.find(".trust-now").getText()).contains("Perkiraan kepercayaan");
        browser.screenshot("stakeholder-disbudpar-surakarta");
        // Acts of one day share a spot on the chart; the latest is on top.
        List<WebElement> points = browser.driver.findElements(By.cssSelector("#trust svg a.point"));
        WebElement point = points.get(points.size() - 1);
        String href = point.getDomAttribute("href");
        assertThat(href).matches("/ledger\\?position=\\d+");
        point.click();
        browser.waitFor(d -> d.getCurrentUrl().endsWith(href));
        assertThat(browser.find("#act-h").getText()).startsWith("Tindakan #");
    }

    @Test
    void theVerifyButtonTurnsGreenForARealAct() {
        browser.open(TOBA);
        browser.find("#outcomes table.outcome-table tbody td a").click();
        browser.waitFor(d -> !d.findElements(By.id("verify-button")).isEmpty());
        WebElement result = verify();
        assertThat(result.getAttribute("data-state")).isEqualTo("ok");
        assertThat(result.getText()).contains("Terverifikasi");
        assertThat(browser.find("#verify-steps").getText())
                .contains("Tanda tangan Ed25519 checkpoint sah untuk kunci verifikasi.")
                .contains("mengarah tepat ke akar yang ditandatangani");
        assertThat(result.getCssValue("background-color")).isEqualTo("rgba(230, 244, 234, 1)");
        assertThat(browser.find("#verify-leaf").getAttribute("textContent")).contains("\"payloadType\"", "SPBE index");
        browser.screenshot("ledger-verified");
    }

    /** The test alters the proof in the page, as a lying server would; nothing in the application can. */
    @Test
    void theVerifyButtonTurnsRedForATamperedProof() {
        browser.open("/ledger?position=" + (engine.nextPosition() / 2));
        browser.script("""
                const original = window.fetch;
                window.fetch = async (url, init) => {
                  const response = await original(url, init);
                  if (!String(url).includes('/api/ledger/proof/inclusion')) {
                    return response;
                  }
                  const proof = await response.json();
                  const bytes = Uint8Array.from(atob(proof.proof[0]), c => c.charCodeAt(0));
                  bytes[0] ^= 1;
                  proof.proof[0] = btoa(String.fromCharCode(...bytes));
                  return new Response(JSON.stringify(proof), {headers: {'Content-Type': 'application/json'}});
                };""");
        WebElement result = verify();
        assertThat(result.getAttribute("data-state")).isEqualTo("fail");
        assertThat(result.getText()).contains("GAGAL");
        assertThat(browser.find("#verify-steps li.fail").getText()).contains("BERBEDA");
        assertThat(result.getCssValue("background-color")).isEqualTo("rgba(253, 232, 232, 1)");
        browser.screenshot("ledger-tampered");
    }

    @Test
    void anAgencySignsInAndRecordsAMeetingAndSeesTheApisRefusalNextToTheField() {
        // Bekasi: the other tests read Toba's and Surakarta's figures exactly.
        String token = credentials.issue("diskominfo-bekasi");
        browser.open("/agency");
        browser.find("#credential").sendKeys(token);
        browser.find("form button[type=submit]").click();
        browser.waitFor(d -> browser.find("h1").getText().startsWith("Instansi:"));
        assertThat(browser.driver.getCurrentUrl()).doesNotContain(token);
        browser.driver.findElement(By.linkText("Selenggarakan rapat")).click();
        browser.waitFor(d -> !d.findElements(By.id("title")).isEmpty());

        browser.script("arguments[0].value = '2025-03-10T09:30'", browser.find("#scheduledAt"));
        browser.find("#act-form button.primary").click();
        WebElement error = browser.waitFor(d -> d.findElement(By.id("title-error")));
        assertThat(error.getText()).contains("Wajib diisi.");
        assertThat(browser.find("#title").getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(browser.find("#title").findElement(By.xpath("following-sibling::*[1]")).getAttribute("id"))
                .as("the message right after its field").isEqualTo("title-error");
        assertThat(browser.script("return document.activeElement.className")).isEqualTo("error-summary");
        assertNoAccessibilityViolations("the refused meeting form");
        browser.screenshot("agency-meeting-refused");

        browser.find("#title").sendKeys("Evaluasi Wi-Fi publik 2025");
        browser.find("#act-form button.primary").click();
        WebElement recorded = browser.waitFor(d -> d.findElement(By.id("recorded")));
        assertThat(recorded.getText()).contains("Rapat tercatat.");
        browser.screenshot("agency-recorded");
        recorded.findElement(By.tagName("a")).click();
        browser.waitFor(d -> !d.findElements(By.id("act")).isEmpty());
        assertThat(browser.find("#act dl").getText()).contains("Rapat diselenggarakan", "diskominfo-bekasi");
    }

    /** With JavaScript the same forms and links work in place: no page load (the marker survives). */
    @Test
    void withJavaScriptFiltersMorePagesAndDownloadsWorkInPlace() {
        browser.open("/");
        browser.script("window.samePage = true");
        new Select(browser.find("#region")).selectByVisibleText("Kabupaten Toba");
        browser.waitFor(d -> d.findElements(By.cssSelector("#results .card")).size() == 1);
        assertThat(browser.script("return window.samePage === true")).isEqualTo(true);
        assertThat(browser.driver.getCurrentUrl()).contains("region=Kabupaten");

        browser.open("/audit");
        browser.script("window.samePage = true");
        browser.find("#history-more a").click();
        browser.waitFor(d -> d.findElements(By.cssSelector("#history-rows tr:not(#history-more)")).size() > 50);
        assertThat(browser.script("return window.samePage === true")).isEqualTo(true);

        WebElement download = browser.find("#evidence a[data-evidence]");
        String status = download.getDomAttribute("data-status");
        download.click();
        browser.waitFor(d -> d.findElement(By.id(status)).getText().startsWith("Selesai: evidence-"));
        assertThat(browser.script("return window.samePage === true")).isEqualTo(true);
    }

    @Test
    void theLanguageSwitchTurnsThePageIntoEnglishAndRemembersIt() {
        browser.open(TOBA);
        assertThat(browser.find("html").getAttribute("lang")).isEqualTo("id");
        assertThat(browser.find("#members-h").getText()).isEqualTo("Anggota");
        browser.find("#lang-en").click();
        browser.waitFor(d -> "en".equals(browser.find("html").getAttribute("lang")));
        assertThat(browser.find("#members-h").getText()).isEqualTo("Members");
        assertThat(browser.driver.getCurrentUrl()).endsWith(TOBA);
        browser.open("/");
        assertThat(browser.find("h1").getText()).isEqualTo("Smart-city collaborations");
        browser.find("#lang-id").click();
        browser.waitFor(d -> "id".equals(browser.find("html").getAttribute("lang")));
        assertThat(browser.find("h1").getText()).isEqualTo("Kolaborasi kota cerdas");
    }

    @Test
    void theKeyboardAloneReachesTheMainLinksWithAVisibleFocus() {
        browser.open("/");
        List<String> stops = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            new Actions(browser.driver).sendKeys(Keys.TAB).perform();
            WebElement focused = browser.driver.switchTo().activeElement();
            stops.add(focused.getText().strip());
            assertThat(focused.getCssValue("outline-style")).as("focus visible on " + stops.get(i))
                    .isNotEqualTo("none");
        }
        assertThat(stops).startsWith("Lewati ke isi utama", "◆ Gotong", "Kolaborasi", "Buku besar", "Audit",
                "Instansi", "Bahasa Indonesia", "English");

        browser.open("/");
        new Actions(browser.driver).sendKeys(Keys.TAB).sendKeys(Keys.ENTER).perform();
        browser.waitFor(d -> "main".equals(d.switchTo().activeElement().getAttribute("id")));
        new Actions(browser.driver).sendKeys(Keys.TAB).perform();
        assertThat(browser.driver.switchTo().activeElement().getAttribute("id")).isEqualTo("region");
        for (int i = 0; i < 10
                && !browser.driver.switchTo().activeElement().getText().equals("Toba smart governance"); i++) {
            new Actions(browser.driver).sendKeys(Keys.TAB).perform();
        }
        new Actions(browser.driver).sendKeys(Keys.ENTER).perform();
        browser.waitFor(d -> d.getCurrentUrl().endsWith(TOBA));
    }

    @Test
    void everyMainPageFitsAPhoneScreenWithoutScrollingSideways() {
        browser.driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", 375, "height", 812, "deviceScaleFactor", 1, "mobile", true));
        try {
            for (String page : List.of("/", TOBA, "/collaborations/surakarta-smart-branding",
                    "/stakeholders/disbudpar-surakarta", "/ledger?position=7", "/audit",
                    "/audit/replay?collaborationId=toba-smart-governance", "/agency")) {
                browser.open(page);
                assertThat(browser.script("return window.innerWidth")).isEqualTo(375L);
                assertThat((Long) browser.script("return document.documentElement.scrollWidth"))
                        .as("width of " + page).isLessThanOrEqualTo(375L);
            }
            browser.open(TOBA);
            long height = (Long) browser.script("return document.documentElement.scrollHeight");
            browser.driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                    Map.of("width", 375, "height", height, "deviceScaleFactor", 1, "mobile", true));
            browser.screenshot("phone-collaboration-toba");
        } finally {
            browser.driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
    }

    @Test
    void theMainPagesPassAutomatedAccessibilityChecks() {
        for (String page : List.of("/", TOBA, "/stakeholders/disbudpar-surakarta", "/ledger?position=7", "/audit",
                "/audit/replay?collaborationId=surakarta-smart-branding&act=12", "/agency")) {
            browser.open(page);
            assertNoAccessibilityViolations(page);
        }
        browser.open("/audit");
        browser.screenshot("audit");
        browser.open("/audit/replay?collaborationId=toba-smart-governance&act=10");
        browser.screenshot("audit-replay");
    }

    private WebElement verify() {
        browser.find("#verify-button").click();
        return browser.waitFor(d -> {
            WebElement result = d.findElement(By.id("verify-result"));
            String state = result.getAttribute("data-state");
            return state == null ? null : result;
        });
    }

    /** axe-core's WCAG 2.0/2.1 A and AA rules (the version on Maven Central predates its 2.2 rules). */
    private void assertNoAccessibilityViolations(String page) {
        browser.script(AXE);
        Object violations = browser.driver.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})
                  .then(result => done(JSON.stringify(result.violations.map(v => ({id: v.id, impact: v.impact,
                    nodes: v.nodes.map(n => n.target.join(' ') + ': ' + n.failureSummary)})))))
                  .catch(error => done('axe failed: ' + error));""");
        assertThat(violations).as("axe-core violations on " + page).isEqualTo("[]");
    }

    static final String AXE = axe();

    private static String axe() {
        String path = new WebJarVersionLocator().fullPath("axe-core", "axe.min.js");
        try (InputStream in = BrowserPagesTest.class.getClassLoader().getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
