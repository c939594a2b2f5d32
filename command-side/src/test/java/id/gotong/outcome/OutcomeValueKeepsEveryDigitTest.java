package id.gotong.outcome;

import id.gotong.eventjson.EventJson;
import id.gotong.events.OutcomeEvent.OutcomeReported;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static id.gotong.outcome.OutcomeFixture.*;
import static org.assertj.core.api.Assertions.assertThat;

/** The ledger hashes canonical JSON, whose numbers are doubles: reported figures travel as decimal strings. */
class OutcomeValueKeepsEveryDigitTest {

    /** The application's event serializer, without the personal-data sealing the store adds. */
    static final Serializer EVENTS = EventJson.serializer();

    @Test
    void whenMinimumReportedWithTrailingZero_thenEventKeepsTheDigitsAsReported() {
        outcomes().givenNoPriorActivity()
                .when(new ReportOutcome(OUTCOME, DISKOMINFO_TOBA, null, TOBA, SPBE_INDEX, "2024",
                        new BigDecimal("2.98"), UNIT, null, new BigDecimal("3.390"), new BigDecimal("2.60"), null))
                .expectEvents(new OutcomeReported(OUTCOME, recordedNow(OutcomeReported.class, DISKOMINFO_TOBA),
                        SPBE_INDEX, "2024", "2.98", UNIT, null, "3.390", "2.60", null));
    }

    @Test
    void whenReportedValueIsSerialized_thenJsonHoldsItAsStringAndReadsBackEqual() {
        OutcomeReported reported = diskominfoReportedSpbeIndex2024AgainstNationalMinimum();

        SerializedObject<String> json = EVENTS.serialize(reported, String.class);

        assertThat(json.getData()).contains("\"value\":\"2.98\"", "\"baseline\":\"1.69\"", "\"target\":\"3.39\"",
                "\"minimum\":\"2.6\"");
        assertThat(json.getType().getRevision()).isEqualTo("2");
        OutcomeReported readBack = EVENTS.deserialize(json);
        assertThat(readBack).isEqualTo(reported);
        assertThat(new BigDecimal(readBack.value())).isEqualByComparingTo("2.98");
    }

    @Test
    void whenValueArrivesInScientificNotation_thenEventWritesItOut() {
        outcomes().givenNoPriorActivity()
                .when(new ReportOutcome(OUTCOME, DISKOMINFO_TOBA, null, TOBA, "Areas without mobile signal", "2023",
                        new BigDecimal("2.8E+1"), "areas", null, BigDecimal.ZERO, null))
                .expectEvents(new OutcomeReported(OUTCOME, recordedNow(OutcomeReported.class, DISKOMINFO_TOBA),
                        "Areas without mobile signal", "2023", "28", "areas", null, "0", null, null));
    }
}
