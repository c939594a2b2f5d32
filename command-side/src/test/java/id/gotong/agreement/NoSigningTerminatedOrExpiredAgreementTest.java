package id.gotong.agreement;

import id.gotong.act.StateConflict;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static id.gotong.agreement.AgreementFixture.*;
import static id.gotong.act.Refusals.refusedBy;

class NoSigningTerminatedOrExpiredAgreementTest {

    @Test
    void givenAgreementTerminated_whenSign_thenStateConflict() {
        agreements().given(cooperationAgreementBetween(DISBUDPAR, SHOPEE), signedBy(DISBUDPAR),
                        terminatedBy(DISBUDPAR))
                .when(signingBy(SHOPEE))
                .expectException(refusedBy(StateConflict.class, "agreement-terminated"))
                .expectNoEvents();
    }

    @Test
    void givenAmendedAgreementExpiredBeforeSignedAgain_whenSign_thenStateConflict() {
        LocalDate shortenedTo = LocalDate.of(2023, 3, 31);
        agreements().given(cooperationAgreementBetween(DISBUDPAR, SHOPEE), signedBy(DISBUDPAR), signedBy(SHOPEE),
                        inForceOnSignatureOf(SHOPEE, 1), extendedTo(DISBUDPAR, shortenedTo),
                        expiredAfter(shortenedTo, NOW))
                .when(signingBy(SHOPEE))
                .expectException(refusedBy(StateConflict.class, "agreement-expired"))
                .expectNoEvents();
    }
}
