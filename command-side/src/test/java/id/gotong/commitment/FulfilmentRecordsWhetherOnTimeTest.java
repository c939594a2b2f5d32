package id.gotong.commitment;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static id.gotong.commitment.CommitmentFixture.*;

/** Due on 30 June 2023: the day ends at midnight in Surakarta (WIB), not in UTC. */
class FulfilmentRecordsWhetherOnTimeTest {

    @Test
    void givenPledged_whenFulfilledBeforeDueDate_thenFulfilledOnTime() {
        commitments().given(diskoperinPledgedToTrainSmeOwners())
                .when(fulfilling(DISKOPERIN_UKM, null))
                .expectEvents(fulfilled(NOW, NOW, true));
    }

    @Test
    void givenPledged_whenFulfilledLateOnTheDueDay_thenFulfilledOnTime() {
        Instant lateEvening = wib("2023-06-30T23:30");
        commitmentsOn("2023-07-01T08:00").given(diskoperinPledgedToTrainSmeOwners())
                .when(fulfilling(DISKOPERIN_UKM, lateEvening))
                .expectEvents(fulfilled(lateEvening, wib("2023-07-01T08:00"), true));
    }

    @Test
    void givenPledged_whenFulfilledJustAfterMidnight_thenFulfilledLate() {
        Instant afterMidnight = wib("2023-07-01T00:30");
        commitmentsOn("2023-07-01T08:00").given(diskoperinPledgedToTrainSmeOwners())
                .when(fulfilling(DISKOPERIN_UKM, afterMidnight))
                .expectEvents(fulfilled(afterMidnight, wib("2023-07-01T08:00"), false));
    }

    @Test
    void givenBecameOverdue_whenFulfilled_thenStillRecordedAsLate() {
        Instant now = wib("2023-07-10T09:00");
        commitmentsOn("2023-07-10T09:00").given(diskoperinPledgedToTrainSmeOwners(),
                        becameOverdue(wib("2023-07-01T00:05")))
                .when(fulfilling(DISKOPERIN_UKM, null))
                .expectEvents(fulfilled(now, now, false));
    }
}
