package id.gotong.agreement;

import id.gotong.act.NotPermitted;
import id.gotong.act.UnknownCollaboration;
import id.gotong.events.AgreementKind;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static id.gotong.agreement.AgreementFixture.*;
import static id.gotong.act.Refusals.refusedBy;

class OnlyMembersDraftAgreementsTest {

    @Test
    void givenDisbudparIsMember_whenDraftCooperationAgreement_thenAgreementDrafted() {
        agreements().givenNoPriorActivity()
                .when(disbudparDraftsCooperationAgreementBetween(DISBUDPAR, SHOPEE))
                .expectEvents(cooperationAgreementBetween(DISBUDPAR, SHOPEE));
    }

    @Test
    void givenTelkomIsNoMember_whenDraft_thenNotPermitted() {
        agreements().givenNoPriorActivity()
                .when(draft(TELKOM, VALID_UNTIL, DISBUDPAR, SHOPEE))
                .expectException(refusedBy(NotPermitted.class, "members-only"))
                .expectNoEvents();
    }

    @Test
    void givenUnknownCollaboration_whenDraft_thenUnknownCollaboration() {
        agreements().givenNoPriorActivity()
                .when(new DraftAgreement(AGREEMENT, DISBUDPAR, null, "bekasi-smart-city", AgreementKind.MOU, NUMBER,
                        TITLE, Set.of(DISBUDPAR), TERMS, VALID_FROM, null))
                .expectException(refusedBy(UnknownCollaboration.class, "collaboration-exists", "collaborationId"))
                .expectNoEvents();
    }
}
