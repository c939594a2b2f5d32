package id.gotong.ledger.web;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** What a reader without full access sees of a ledger event: the published fields, and which ones were withheld. */
class PublishedEventTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static JsonNode event(String type, String payload) {
        return JSON.readTree("{\"eventId\":\"e1\",\"payloadType\":\"id.gotong.events." + type + "\",\"payload\":"
                + payload + "}");
    }

    @Test
    void freeTextIsRemovedAndNamed() {
        JsonNode published = PublishedEvent.of(event("AgreementEvent$AgreementDrafted",
                "{\"agreementId\":\"agr-1\",\"title\":\"PKS\",\"termsSummary\":\"secret\","
                        + "\"provenance\":{\"collaborationId\":\"col-1\",\"actor\":\"stk-1\"}}"));

        assertThat(published.path("payload").has("termsSummary")).isFalse();
        assertThat(published.path("payload").path("title").asString()).isEqualTo("PKS");
        assertThat(published.path("withheld").toString()).isEqualTo("[\"termsSummary\"]");
        assertThat(PublishedEvent.collaborationId(published)).isEqualTo("col-1");
    }

    @Test
    void fieldsOfListElementsAndMapValuesAreRemovedKeysStay() {
        JsonNode calendar = PublishedEvent.of(event("CollaborationEvent$EventCalendarPublished",
                "{\"entries\":[{\"title\":\"Expo\",\"date\":\"2026-05-01\",\"description\":\"private\"},"
                        + "{\"title\":\"Forum\",\"date\":\"2026-06-01\"}]}"));
        assertThat(calendar.path("payload").path("entries").toString())
                .isEqualTo("[{\"title\":\"Expo\",\"date\":\"2026-05-01\"},{\"title\":\"Forum\",\"date\":\"2026-06-01\"}]");
        assertThat(calendar.path("withheld").toString()).isEqualTo("[\"entries[].description\"]");

        JsonNode correction = PublishedEvent.of(event("CorrectionEvent$RecordCorrected",
                "{\"correctedFields\":{\"title\":\"new title\"},\"reason\":\"typo\"}"));
        assertThat(correction.path("payload").path("correctedFields").toString()).isEqualTo("{\"title\":null}");
        assertThat(correction.path("payload").has("reason")).isFalse();
        assertThat(correction.path("withheld").toString()).isEqualTo("[\"correctedFields{value}\",\"reason\"]");
    }

    @Test
    void anEventWhoseWithheldFieldsAreEmptyIsServedWhole() {
        JsonNode event = event("OutcomeEvent$OutcomeReported", "{\"outcomeId\":\"out-1\",\"evidenceLink\":null}");

        assertThat(PublishedEvent.of(event)).isSameAs(event);
    }

    @Test
    void anUnknownEventTypeIsWithheldWhole() {
        JsonNode published = PublishedEvent.of(event("Unknown$Thing", "{\"secret\":\"x\"}"));

        assertThat(published.path("payload").isNull()).isTrue();
        assertThat(published.path("withheld").toString()).isEqualTo("[\"payload\"]");
    }
}
