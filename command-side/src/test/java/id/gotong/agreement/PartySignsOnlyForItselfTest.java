package id.gotong.agreement;

import id.gotong.act.NotPermitted;
import org.junit.jupiter.api.Test;

import static id.gotong.agreement.AgreementFixture.*;
import static id.gotong.act.Refusals.refusedBy;

class PartySignsOnlyForItselfTest {

    @Test
    void givenAgreementDrafted_whenPartySigns_thenAgreementSignedByThatParty() {
        agreements().given(cooperationAgreementBetween(DISBUDPAR, SHOPEE))
                .when(signingBy(SHOPEE))
                .expectEvents(signedBy(SHOPEE));
    }

    @Test
    void givenAgreementDrafted_whenMemberWhoIsNoPartySigns_thenNotPermitted() {
        agreements().given(cooperationAgreementBetween(DISBUDPAR, SHOPEE))
                .when(signingBy(DISKOMINFO))
                .expectException(refusedBy(NotPermitted.class, "sign-only-for-yourself"))
                .expectNoEvents();
    }
}
