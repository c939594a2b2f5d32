package id.gotong.ui;

import id.gotong.dossier.Dashboard;
import id.gotong.dossier.Dossier;
import id.gotong.events.AgreementKind;
import id.gotong.events.MeetingCadence;
import id.gotong.events.MeetingEvent;
import id.gotong.events.Role;
import id.gotong.events.Sector;
import id.gotong.events.SmartCityDimension;
import id.gotong.events.TheoryElement;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

/** The page texts are evidence of what the product says: both languages say something for every key and value. */
class MessagesTest {

    static final Properties INDONESIAN = load("i18n/messages.properties");
    static final Properties ENGLISH = load("i18n/messages_en.properties");

    @Test
    void bothLanguagesHaveTheSameKeys() {
        assertThat(ENGLISH.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(
                INDONESIAN.stringPropertyNames());
    }

    @Test
    void everyEventTypeHasANameInBothLanguages() {
        assertThat(EventTypes.ALL).hasSizeGreaterThan(30);
        EventTypes.ALL.forEach(type -> assertThat(INDONESIAN).containsKey("event." + type));
    }

    @Test
    void everyValueShownOnAPageHasALabel() {
        Map<String, Enum<?>[]> labelled = Map.ofEntries(
                Map.entry("sector.", Sector.values()), Map.entry("role.", Role.values()),
                Map.entry("dimension.", SmartCityDimension.values()), Map.entry("cadence.", MeetingCadence.values()),
                Map.entry("element.", TheoryElement.values()), Map.entry("agreementKind.", AgreementKind.values()),
                Map.entry("agreementState.", Dossier.AgreementState.values()),
                Map.entry("commitmentState.", Dossier.CommitmentState.values()),
                Map.entry("requestState.", Dossier.RequestState.values()),
                Map.entry("meetingState.", Dossier.MeetingState.values()),
                Map.entry("outcomeStatus.", Dashboard.OutcomeStatus.values()),
                Map.entry("formality.", MeetingEvent.Formality.values()),
                Map.entry("channel.", MeetingEvent.Channel.values()),
                Map.entry("attendance.", MeetingEvent.AttendanceStatus.values()));
        labelled.forEach((prefix, values) -> Arrays.stream(values)
                .forEach(value -> assertThat(INDONESIAN).containsKey(prefix + value.name())));
    }

    /** Every text goes through MessageFormat (UiConfiguration), so every text must be a valid pattern. */
    @Test
    void everyTextIsAValidMessageFormatPattern() {
        Stream.of(INDONESIAN, ENGLISH).forEach(bundle -> bundle.stringPropertyNames().forEach(key ->
                assertThatCode(() -> new MessageFormat(bundle.getProperty(key), Locale.ROOT)
                        .format(new Object[]{1, 2, 3, 4, 5, 6}))
                        .as(key).doesNotThrowAnyException()));
    }

    @Test
    void noTextIsEmptyOrLeftUntranslated() {
        INDONESIAN.stringPropertyNames().forEach(key -> {
            assertThat(INDONESIAN.getProperty(key)).as(key).isNotBlank();
            assertThat(ENGLISH.getProperty(key)).as(key).isNotBlank();
        });
        assertThat(INDONESIAN.getProperty("verify.ok")).isNotEqualTo(ENGLISH.getProperty("verify.ok"));
    }

    private static Properties load(String resource) {
        try (InputStream in = MessagesTest.class.getClassLoader().getResourceAsStream(resource)) {
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
