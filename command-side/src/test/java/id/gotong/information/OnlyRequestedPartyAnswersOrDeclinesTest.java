package id.gotong.information;

import id.gotong.act.NotPermitted;
import org.junit.jupiter.api.Test;

import static id.gotong.information.InformationRequestFixture.*;
import static id.gotong.act.Refusals.refusedBy;

class OnlyRequestedPartyAnswersOrDeclinesTest {

    @Test
    void givenShopeeWasAsked_whenShopeeAnswers_thenAnsweredOnTime() {
        requests().given(diskoperinAskedShopeeForSmeSalesData())
                .when(answering(SHOPEE, null))
                .expectEvents(shopeeAnswered(NOW, NOW, true));
    }

    @Test
    void givenShopeeWasAsked_whenShopeeDeclines_thenDeclined() {
        requests().given(diskoperinAskedShopeeForSmeSalesData())
                .when(declining(SHOPEE))
                .expectEvents(shopeeDeclined());
    }

    @Test
    void givenShopeeWasAsked_whenDisbudparAnswersForIt_thenNotPermitted() {
        requests().given(diskoperinAskedShopeeForSmeSalesData())
                .when(answering(DISBUDPAR, null))
                .expectException(refusedBy(NotPermitted.class, "requested-party-only"))
                .expectNoEvents();
    }

    @Test
    void givenShopeeWasAsked_whenRequesterDeclinesForIt_thenNotPermitted() {
        requests().given(diskoperinAskedShopeeForSmeSalesData())
                .when(declining(DISKOPERIN_UKM))
                .expectException(refusedBy(NotPermitted.class, "requested-party-only"))
                .expectNoEvents();
    }
}
