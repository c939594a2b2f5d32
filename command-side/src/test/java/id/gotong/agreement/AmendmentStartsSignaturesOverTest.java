package id.gotong.agreement;

import id.gotong.act.NotPermitted;
import id.gotong.act.StateConflict;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static id.gotong.agreement.AgreementFixture.*;
import static id.gotong.act.Refusals.refusedBy;

class AmendmentStartsSignaturesOverTest {

    static final LocalDate EXTENDED = LocalDate.of(2024, 12, 31);

    @Test
    void givenAgreementInForce_whenPartyExtendsIt_thenAmendedAsVersionTwo() {
        agreements().given(cooperationAgreementBetween(DISBUDPAR, SHOPEE), signedBy(DISBUDPAR), signedBy(SHOPEE),
                        inForceOnSignatureOf(SHOPEE, 1))
                .when(extendingTo(DISBUDPAR, EXTENDED))
                .expectEvents(extendedTo(DISBUDPAR, EXTENDED));
    }

    @Test
    void givenAmendedAndSignedAgainByAll_whenLastSigns_thenInForceAsVersionTwo() {
        agreements().given(cooperationAgreementBetween(DISBUDPAR, SHOPEE), signedBy(DISBUDPAR), signedBy(SHOPEE),
                        inForceOnSignatureOf(SHOPEE, 1), extendedTo(DISBUDPAR, EXTENDED), signedBy(SHOPEE, 2))
                .when(signingBy(DISBUDPAR))
                .expectEvents(signedBy(DISBUDPAR, 2), inForceOnSignatureOf(DISBUDPAR, 2));
    }

    @Test
    void givenAgreementDrafted_whenAmendWithSameTermsAndValidity_thenNoEvents() {
        agreements().given(cooperationAgreementBetween(DISBUDPAR, SHOPEE))
                .when(extendingTo(SHOPEE, VALID_UNTIL))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void givenAgreementDrafted_whenMemberWhoIsNoPartyAmends_thenNotPermitted() {
        agreements().given(cooperationAgreementBetween(DISBUDPAR, SHOPEE))
                .when(extendingTo(DISKOMINFO, EXTENDED))
                .expectException(refusedBy(NotPermitted.class, "amend-only-as-party"))
                .expectNoEvents();
    }

    @Test
    void givenAgreementTerminated_whenAmend_thenStateConflict() {
        agreements().given(cooperationAgreementBetween(DISBUDPAR, SHOPEE), terminatedBy(SHOPEE))
                .when(extendingTo(DISBUDPAR, EXTENDED))
                .expectException(refusedBy(StateConflict.class, "agreement-terminated"))
                .expectNoEvents();
    }
}
