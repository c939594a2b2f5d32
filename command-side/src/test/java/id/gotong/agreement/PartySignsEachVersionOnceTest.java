package id.gotong.agreement;

import id.gotong.act.StateConflict;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static id.gotong.agreement.AgreementFixture.*;
import static id.gotong.act.Refusals.refusedBy;

class PartySignsEachVersionOnceTest {

    @Test
    void givenShopeeSigned_whenShopeeSignsAgain_thenStateConflict() {
        agreements().given(cooperationAgreementBetween(DISBUDPAR, SHOPEE), signedBy(SHOPEE))
                .when(signingBy(SHOPEE))
                .expectException(refusedBy(StateConflict.class, "sign-once-per-version"))
                .expectNoEvents();
    }

    @Test
    void givenShopeeSignedThenAgreementAmended_whenShopeeSigns_thenSignedVersionTwo() {
        LocalDate extended = LocalDate.of(2024, 12, 31);
        agreements().given(cooperationAgreementBetween(DISBUDPAR, SHOPEE), signedBy(SHOPEE),
                        extendedTo(DISBUDPAR, extended))
                .when(signingBy(SHOPEE))
                .expectEvents(signedBy(SHOPEE, 2));
    }
}
