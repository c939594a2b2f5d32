package id.gotong.agreement;

import id.gotong.act.RuleViolation;
import org.junit.jupiter.api.Test;

import static id.gotong.agreement.AgreementFixture.*;
import static id.gotong.act.Refusals.refusedBy;

class AgreementPartiesMustBeMembersTest {

    @Test
    void givenTelkomIsNoMember_whenDraftWithTelkomAsParty_thenRuleViolationOnParties() {
        agreements().givenNoPriorActivity()
                .when(disbudparDraftsCooperationAgreementBetween(DISBUDPAR, TELKOM))
                .expectException(refusedBy(RuleViolation.class, "parties-are-members", "parties"))
                .expectNoEvents();
    }

    @Test
    void whenDraftWithoutParties_thenRuleViolationOnParties() {
        agreements().givenNoPriorActivity()
                .when(disbudparDraftsCooperationAgreementBetween())
                .expectException(refusedBy(RuleViolation.class, "agreement-has-parties", "parties"))
                .expectNoEvents();
    }

    @Test
    void whenDrafterIsNotAParty_thenAgreementDraftedAnyway() {
        agreements().givenNoPriorActivity()
                .when(disbudparDraftsCooperationAgreementBetween(DISKOPERIN_UKM, SHOPEE))
                .expectEvents(cooperationAgreementBetween(DISKOPERIN_UKM, SHOPEE));
    }
}
