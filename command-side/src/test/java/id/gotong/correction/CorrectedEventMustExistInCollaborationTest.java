package id.gotong.correction;

import id.gotong.act.RuleViolation;
import id.gotong.act.UnknownCollaboration;
import org.junit.jupiter.api.Test;

import static id.gotong.correction.CorrectionFixture.*;
import static id.gotong.act.Refusals.refusedBy;

class CorrectedEventMustExistInCollaborationTest {

    @Test
    void givenNoSuchEvent_whenCorrect_thenRuleViolationOnCorrectedEventId() {
        corrections().givenNoPriorActivity()
                .when(new CorrectRecord(CORRECTION, BAPPEDA_TOBA, null, TOBA, "no-such-event", VALUE_IS_2_16, REASON))
                .expectException(refusedBy(RuleViolation.class, "corrected-event-exists", "correctedEventId"))
                .expectNoEvents();
    }

    @Test
    void givenEventOfAnotherCollaboration_whenSecretaryCorrectsIt_thenRuleViolationOnCorrectedEventId() {
        corrections().givenNoPriorActivity()
                .when(new CorrectRecord(CORRECTION, DISKOMINFO_TOBA, null, TOBA, SURAKARTA_ACT, VALUE_IS_2_16, REASON))
                .expectException(refusedBy(RuleViolation.class, "correction-within-collaboration",
                        "correctedEventId"))
                .expectNoEvents();
    }

    @Test
    void givenUnknownCollaboration_whenCorrect_thenUnknownCollaboration() {
        corrections().givenNoPriorActivity()
                .when(new CorrectRecord(CORRECTION, BAPPEDA_TOBA, null, "bekasi-smart-city", SPBE_2023_REPORTED,
                        VALUE_IS_2_16, REASON))
                .expectException(refusedBy(UnknownCollaboration.class, "collaboration-exists", "collaborationId"))
                .expectNoEvents();
    }
}
