package id.gotong.information;

import id.gotong.act.StateConflict;
import org.junit.jupiter.api.Test;

import static id.gotong.information.InformationRequestFixture.*;
import static id.gotong.act.Refusals.refusedBy;

class SettledRequestCannotBeAnsweredAgainTest {

    @Test
    void givenAnswered_whenAnswerAgain_thenStateConflict() {
        requests().given(diskoperinAskedShopeeForSmeSalesData(), shopeeAnswered(NOW, NOW, true))
                .when(answering(SHOPEE, null))
                .expectException(refusedBy(StateConflict.class, "request-settled"))
                .expectNoEvents();
    }

    @Test
    void givenDeclined_whenAnswer_thenStateConflict() {
        requests().given(diskoperinAskedShopeeForSmeSalesData(), shopeeDeclined())
                .when(answering(SHOPEE, null))
                .expectException(refusedBy(StateConflict.class, "request-settled"))
                .expectNoEvents();
    }

    @Test
    void givenAnswered_whenDecline_thenStateConflict() {
        requests().given(diskoperinAskedShopeeForSmeSalesData(), shopeeAnswered(NOW, NOW, true))
                .when(declining(SHOPEE))
                .expectException(refusedBy(StateConflict.class, "request-settled"))
                .expectNoEvents();
    }
}
