package id.gotong.information;

import org.junit.jupiter.api.Test;

import static id.gotong.information.InformationRequestFixture.*;

class SettledRequestsDoNotLapseTest {

    static final LapseInformationRequest LAPSE = new LapseInformationRequest(REQUEST);

    @Test
    void givenUnanswered_whenLapseAfterDueDay_thenLapsedAtMidnight() {
        requestsOn("2023-04-01T00:10").given(diskoperinAskedShopeeForSmeSalesData())
                .when(LAPSE)
                .expectEvents(lapsed(wib("2023-04-01T00:10")));
    }

    @Test
    void givenUnanswered_whenLapseOnDueDay_thenNoEvents() {
        requestsOn("2023-03-31T23:50").given(diskoperinAskedShopeeForSmeSalesData())
                .when(LAPSE)
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void givenAnswered_whenLapseAfterDueDay_thenNoEvents() {
        requestsOn("2023-04-01T00:10").given(diskoperinAskedShopeeForSmeSalesData(), shopeeAnswered(NOW, NOW, true))
                .when(LAPSE)
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void givenDeclined_whenLapseAfterDueDay_thenNoEvents() {
        requestsOn("2023-04-01T00:10").given(diskoperinAskedShopeeForSmeSalesData(), shopeeDeclined())
                .when(LAPSE)
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void givenLapsed_whenLapseAgain_thenNoEvents() {
        requestsOn("2023-04-02T00:10").given(diskoperinAskedShopeeForSmeSalesData(), lapsed(wib("2023-04-01T00:10")))
                .when(LAPSE)
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }
}
