package id.gotong.correction;

import id.gotong.act.RuleViolation;
import id.gotong.events.CorrectionEvent.RecordCorrected;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static id.gotong.correction.CorrectionFixture.*;
import static org.assertj.core.api.Assertions.assertThat;
import static id.gotong.act.Refusals.refusedBy;

class CorrectionNamesFieldsAndReasonTest {

    @Test
    void whenCorrectionNamesNoField_thenRuleViolationOnCorrectedFields() {
        corrections().givenNoPriorActivity()
                .when(new CorrectRecord(CORRECTION, BAPPEDA_TOBA, null, TOBA, SPBE_2023_REPORTED, Map.of(), REASON))
                .expectException(refusedBy(RuleViolation.class, "correction-names-fields", "correctedFields"))
                .expectNoEvents();
    }

    @Test
    void whenCorrectionGivesNoReason_thenRuleViolationOnReason() {
        corrections().givenNoPriorActivity()
                .when(new CorrectRecord(CORRECTION, BAPPEDA_TOBA, null, TOBA, SPBE_2023_REPORTED, VALUE_IS_2_16, " "))
                .expectException(refusedBy(RuleViolation.class, "required", "reason"))
                .expectNoEvents();
    }

    @Test
    void whenSeveralFieldsAreCorrected_thenEachIsRecordedInNameOrder() {
        Map<String, String> fields = Map.of("value", "2.16", "period", "2023", "evidenceLink",
                "https://tobakab.go.id/spbe/evaluasi-2023");
        RecordCorrected corrected = new RecordCorrected(CORRECTION, provenance(RecordCorrected.class, BAPPEDA_TOBA,
                TOBA), SPBE_2023_REPORTED, fields, REASON);

        corrections().givenNoPriorActivity()
                .when(new CorrectRecord(CORRECTION, BAPPEDA_TOBA, null, TOBA, SPBE_2023_REPORTED, fields, REASON))
                .expectEvents(corrected);
        assertThat(corrected.correctedFields().keySet()).containsExactly("evidenceLink", "period", "value");
    }
}
