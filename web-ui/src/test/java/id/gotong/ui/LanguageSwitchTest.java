package id.gotong.ui;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The switch goes back to the page it came from, and never to another site (no open redirect). */
class LanguageSwitchTest {

    @Test
    void aPathOnThisSiteIsFollowed() {
        assertThat(LanguageSwitch.localPath("/collaborations/toba-smart-governance"))
                .isEqualTo("/collaborations/toba-smart-governance");
        assertThat(LanguageSwitch.localPath("/?region=Kota%20Surakarta&dimension=BRANDING"))
                .isEqualTo("/?region=Kota%20Surakarta&dimension=BRANDING");
    }

    @Test
    void anythingElseGoesToTheStartPage() {
        assertThat(LanguageSwitch.localPath(null)).isEqualTo("/");
        assertThat(LanguageSwitch.localPath("https://evil.example/")).isEqualTo("/");
        assertThat(LanguageSwitch.localPath("//evil.example/")).isEqualTo("/");
        assertThat(LanguageSwitch.localPath("/\\evil.example/")).isEqualTo("/");
        assertThat(LanguageSwitch.localPath("/x\r\nSet-Cookie: a=b")).isEqualTo("/");
        assertThat(LanguageSwitch.localPath("javascript:alert(1)")).isEqualTo("/");
    }
}
