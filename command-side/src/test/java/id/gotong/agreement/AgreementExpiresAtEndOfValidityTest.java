package id.gotong.agreement;

import org.junit.jupiter.api.Test;

import static id.gotong.agreement.AgreementFixture.*;

/** The last day of validity, 30 November 2023, ends at midnight in Surakarta (WIB, UTC+7). */
class AgreementExpiresAtEndOfValidityTest {

    static final ExpireAgreement EXPIRE = new ExpireAgreement(AGREEMENT);

    @Test
    void givenAgreementInForce_whenExpireJustAfterLastDay_thenExpiredAtMidnight() {
        agreementsOn("2023-12-01T00:30").given(cooperationAgreementBetween(DISBUDPAR, SHOPEE), signedBy(DISBUDPAR),
                        signedBy(SHOPEE), inForceOnSignatureOf(SHOPEE, 1))
                .when(EXPIRE)
                .expectEvents(expiredAfter(VALID_UNTIL, wib("2023-12-01T00:30")));
    }

    @Test
    void givenAgreementInForce_whenExpireOnLastDay_thenNoEvents() {
        agreementsOn("2023-11-30T23:30").given(cooperationAgreementBetween(DISBUDPAR, SHOPEE), signedBy(DISBUDPAR),
                        signedBy(SHOPEE), inForceOnSignatureOf(SHOPEE, 1))
                .when(EXPIRE)
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void givenOpenEndedAgreementInForce_whenExpire_thenNoEvents() {
        agreementsOn("2030-01-01T00:00").given(cooperationAgreementValidUntil(null, DISBUDPAR, SHOPEE),
                        signedBy(DISBUDPAR), signedBy(SHOPEE), inForceOnSignatureOf(SHOPEE, 1))
                .when(EXPIRE)
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void givenDraftNeverInForce_whenExpireAfterLastDay_thenNoEvents() {
        agreementsOn("2023-12-01T00:30").given(cooperationAgreementBetween(DISBUDPAR, SHOPEE), signedBy(DISBUDPAR))
                .when(EXPIRE)
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void givenAgreementExpired_whenExpireAgain_thenNoEvents() {
        agreementsOn("2023-12-02T00:30").given(cooperationAgreementBetween(DISBUDPAR, SHOPEE), signedBy(DISBUDPAR),
                        signedBy(SHOPEE), inForceOnSignatureOf(SHOPEE, 1),
                        expiredAfter(VALID_UNTIL, wib("2023-12-01T00:30")))
                .when(EXPIRE)
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void givenAgreementTerminated_whenExpireAfterLastDay_thenNoEvents() {
        agreementsOn("2023-12-01T00:30").given(cooperationAgreementBetween(DISBUDPAR, SHOPEE), signedBy(DISBUDPAR),
                        signedBy(SHOPEE), inForceOnSignatureOf(SHOPEE, 1), terminatedBy(SHOPEE))
                .when(EXPIRE)
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }
}
