package id.gotong.commitment;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static id.gotong.commitment.CommitmentFixture.*;

class OnlyOpenCommitmentsBecomeOverdueTest {

    static final MarkCommitmentOverdue MARK_OVERDUE = new MarkCommitmentOverdue(COMMITMENT);

    @Test
    void givenOpenCommitment_whenMarkOverdueAfterDueDay_thenBecameOverdueAtMidnight() {
        commitmentsOn("2023-07-01T00:05").given(diskoperinPledgedToTrainSmeOwners())
                .when(MARK_OVERDUE)
                .expectEvents(becameOverdue(wib("2023-07-01T00:05")));
    }

    @Test
    void givenOpenCommitment_whenMarkOverdueOnDueDay_thenNoEvents() {
        commitmentsOn("2023-06-30T23:55").given(diskoperinPledgedToTrainSmeOwners())
                .when(MARK_OVERDUE)
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void givenFulfilledCommitment_whenMarkOverdueAfterDueDay_thenNoEvents() {
        Instant fulfilledAt = wib("2023-06-20T10:00");
        commitmentsOn("2023-07-01T00:05").given(diskoperinPledgedToTrainSmeOwners(),
                        fulfilled(fulfilledAt, fulfilledAt, true))
                .when(MARK_OVERDUE)
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void givenAbandonedCommitment_whenMarkOverdueAfterDueDay_thenNoEvents() {
        commitmentsOn("2023-07-01T00:05").given(diskoperinPledgedToTrainSmeOwners(), abandoned())
                .when(MARK_OVERDUE)
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void givenAlreadyOverdue_whenMarkOverdueAgain_thenNoEvents() {
        commitmentsOn("2023-07-02T00:05").given(diskoperinPledgedToTrainSmeOwners(),
                        becameOverdue(wib("2023-07-01T00:05")))
                .when(MARK_OVERDUE)
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }
}
