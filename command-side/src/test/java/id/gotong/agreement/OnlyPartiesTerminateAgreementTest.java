package id.gotong.agreement;

import id.gotong.act.NotPermitted;
import id.gotong.act.StateConflict;
import org.junit.jupiter.api.Test;

import static id.gotong.agreement.AgreementFixture.*;
import static id.gotong.act.Refusals.refusedBy;

class OnlyPartiesTerminateAgreementTest {

    static TerminateAgreement terminating(String actor) {
        return new TerminateAgreement(AGREEMENT, actor, null, "Programme moved to another marketplace");
    }

    @Test
    void givenAgreementInForce_whenPartyTerminates_thenAgreementTerminated() {
        agreements().given(cooperationAgreementBetween(DISBUDPAR, SHOPEE), signedBy(DISBUDPAR), signedBy(SHOPEE),
                        inForceOnSignatureOf(SHOPEE, 1))
                .when(terminating(SHOPEE))
                .expectEvents(terminatedBy(SHOPEE));
    }

    @Test
    void givenAgreementInForce_whenMemberWhoIsNoPartyTerminates_thenNotPermitted() {
        agreements().given(cooperationAgreementBetween(DISBUDPAR, SHOPEE))
                .when(terminating(DISKOMINFO))
                .expectException(refusedBy(NotPermitted.class, "terminate-only-as-party"))
                .expectNoEvents();
    }

    @Test
    void givenAgreementTerminated_whenTerminateAgain_thenStateConflict() {
        agreements().given(cooperationAgreementBetween(DISBUDPAR, SHOPEE), terminatedBy(SHOPEE))
                .when(terminating(DISBUDPAR))
                .expectException(refusedBy(StateConflict.class, "agreement-terminated"))
                .expectNoEvents();
    }
}
