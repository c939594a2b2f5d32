package id.gotong.agreement;

import id.gotong.act.RuleViolation;
import org.junit.jupiter.api.Test;

import static id.gotong.agreement.AgreementFixture.*;
import static id.gotong.act.Refusals.refusedBy;

class AgreementValidityCannotEndBeforeItStartsTest {

    @Test
    void whenDraftEndingBeforeItStarts_thenRuleViolationOnValidUntil() {
        agreements().givenNoPriorActivity()
                .when(draft(DISBUDPAR, VALID_FROM.minusDays(1), DISBUDPAR, SHOPEE))
                .expectException(refusedBy(RuleViolation.class, "validity-ends-after-it-starts", "validUntil"))
                .expectNoEvents();
    }

    @Test
    void whenDraftOpenEnded_thenAgreementDraftedWithoutEnd() {
        agreements().givenNoPriorActivity()
                .when(draft(DISBUDPAR, null, DISBUDPAR, SHOPEE))
                .expectEvents(cooperationAgreementValidUntil(null, DISBUDPAR, SHOPEE));
    }

    @Test
    void givenAgreementDrafted_whenAmendToEndBeforeItStarts_thenRuleViolationOnValidUntil() {
        agreements().given(cooperationAgreementBetween(DISBUDPAR, SHOPEE))
                .when(extendingTo(SHOPEE, VALID_FROM.minusDays(1)))
                .expectException(refusedBy(RuleViolation.class, "validity-ends-after-it-starts", "validUntil"))
                .expectNoEvents();
    }
}
