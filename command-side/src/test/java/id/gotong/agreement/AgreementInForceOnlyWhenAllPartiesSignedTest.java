package id.gotong.agreement;

import id.gotong.events.AgreementEvent.AgreementCameIntoForce;
import id.gotong.events.AgreementEvent.AgreementSigned;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;

import static id.gotong.agreement.AgreementFixture.*;

class AgreementInForceOnlyWhenAllPartiesSignedTest {

    @Test
    void givenNoSignatures_whenFirstPartySigns_thenSignedButNotInForce() {
        agreements().given(cooperationAgreementBetween(DISBUDPAR, SHOPEE))
                .when(signingBy(DISBUDPAR))
                .expectEvents(signedBy(DISBUDPAR));
    }

    @Test
    void givenDisbudparSigned_whenShopeeSigns_thenSignedAndInForce() {
        agreements().given(cooperationAgreementBetween(DISBUDPAR, SHOPEE), signedBy(DISBUDPAR))
                .when(signingBy(SHOPEE))
                .expectEvents(signedBy(SHOPEE), inForceOnSignatureOf(SHOPEE, 1));
    }

    @Test
    void givenTwoOfThreePartiesSigned_whenNobodyElseSigns_thenStillNotInForce() {
        agreements().given(cooperationAgreementBetween(DISBUDPAR, DISKOPERIN_UKM, SHOPEE), signedBy(DISBUDPAR))
                .when(signingBy(SHOPEE))
                .expectEvents(signedBy(SHOPEE));
    }

    @Test
    void givenSignaturesRecordedOutOfOrder_whenLastIsRecorded_thenInForceFromTheLatestSignature() {
        Instant disbudparSignedAt = wib("2021-12-10T10:00");
        Instant shopeeSignedAt = wib("2021-12-03T14:00");
        agreements().given(cooperationAgreementBetween(DISBUDPAR, SHOPEE), new AgreementSigned(AGREEMENT,
                        recorded(AgreementSigned.class, DISBUDPAR, disbudparSignedAt), 1))
                .when(new SignAgreement(AGREEMENT, SHOPEE, shopeeSignedAt))
                .expectEvents(new AgreementSigned(AGREEMENT, recorded(AgreementSigned.class, SHOPEE, shopeeSignedAt), 1),
                        new AgreementCameIntoForce(AGREEMENT,
                                recorded(AgreementCameIntoForce.class, SHOPEE, disbudparSignedAt), 1));
    }

    @Test
    void givenAllSignedVersionOneThenAmended_whenOnePartySignsVersionTwo_thenNotInForceAgainYet() {
        LocalDate extended = LocalDate.of(2024, 12, 31);
        agreements().given(cooperationAgreementBetween(DISBUDPAR, SHOPEE), signedBy(DISBUDPAR), signedBy(SHOPEE),
                        inForceOnSignatureOf(SHOPEE, 1), extendedTo(DISBUDPAR, extended))
                .when(signingBy(DISBUDPAR))
                .expectEvents(signedBy(DISBUDPAR, 2));
    }
}
