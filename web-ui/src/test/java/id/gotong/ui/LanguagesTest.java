package id.gotong.ui;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LanguagesTest {

    @Test
    void givenNoAcceptLanguage_thenIndonesian() {
        assertThat(Languages.fromAcceptLanguage(null)).isEqualTo(Languages.INDONESIAN);
        assertThat(Languages.fromAcceptLanguage("")).isEqualTo(Languages.INDONESIAN);
    }

    @Test
    void givenABrowserThatRanksEnglishFirst_thenEnglish() {
        assertThat(Languages.fromAcceptLanguage("en-US,en;q=0.9,id;q=0.8")).isEqualTo(Languages.ENGLISH);
        assertThat(Languages.fromAcceptLanguage("fr-FR, en;q=0.5")).isEqualTo(Languages.ENGLISH);
    }

    @Test
    void givenABrowserThatRanksIndonesianFirst_thenIndonesian() {
        assertThat(Languages.fromAcceptLanguage("id-ID,id;q=0.9,en-US;q=0.8")).isEqualTo(Languages.INDONESIAN);
        assertThat(Languages.fromAcceptLanguage("en;q=0.5, id")).isEqualTo(Languages.INDONESIAN);
    }

    @Test
    void givenABrowserThatAsksForNeither_thenIndonesian() {
        assertThat(Languages.fromAcceptLanguage("fr-FR,de;q=0.7")).isEqualTo(Languages.INDONESIAN);
        assertThat(Languages.fromAcceptLanguage("en;q=0, fr")).isEqualTo(Languages.INDONESIAN);
        assertThat(Languages.fromAcceptLanguage("not a header;;;")).isEqualTo(Languages.INDONESIAN);
    }

    @Test
    void onlyTheTwoLanguagesAreAccepted() {
        assertThat(Languages.supported("en")).contains(Languages.ENGLISH);
        assertThat(Languages.supported("id")).contains(Languages.INDONESIAN);
        assertThat(Languages.supported("in")).contains(Languages.INDONESIAN);
        assertThat(Languages.supported("fr")).isEmpty();
        assertThat(Languages.supported(null)).isEmpty();
    }
}
