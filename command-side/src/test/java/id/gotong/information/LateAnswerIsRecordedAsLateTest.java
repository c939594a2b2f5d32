package id.gotong.information;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static id.gotong.information.InformationRequestFixture.*;

class LateAnswerIsRecordedAsLateTest {

    @Test
    void givenRequestLapsed_whenShopeeAnswers_thenAnsweredLate() {
        Instant now = wib("2023-05-02T10:00");
        requestsOn("2023-05-02T10:00").given(diskoperinAskedShopeeForSmeSalesData(), lapsed(wib("2023-04-01T00:10")))
                .when(answering(SHOPEE, null))
                .expectEvents(shopeeAnswered(now, now, false));
    }

    @Test
    void givenRequestOpen_whenAnsweredLateOnTheDueDay_thenAnsweredOnTime() {
        Instant lastEvening = wib("2023-03-31T22:00");
        requestsOn("2023-04-01T08:00").given(diskoperinAskedShopeeForSmeSalesData())
                .when(answering(SHOPEE, lastEvening))
                .expectEvents(shopeeAnswered(lastEvening, wib("2023-04-01T08:00"), true));
    }
}
