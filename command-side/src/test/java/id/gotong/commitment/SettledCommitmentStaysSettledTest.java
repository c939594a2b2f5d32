package id.gotong.commitment;

import id.gotong.act.StateConflict;
import org.junit.jupiter.api.Test;

import static id.gotong.commitment.CommitmentFixture.*;
import static id.gotong.act.Refusals.refusedBy;

class SettledCommitmentStaysSettledTest {

    @Test
    void givenFulfilled_whenFulfilledAgain_thenStateConflict() {
        commitments().given(diskoperinPledgedToTrainSmeOwners(), fulfilled(NOW, NOW, true))
                .when(fulfilling(DISKOPERIN_UKM, null))
                .expectException(refusedBy(StateConflict.class, "commitment-settled"))
                .expectNoEvents();
    }

    @Test
    void givenFulfilled_whenAbandoned_thenStateConflict() {
        commitments().given(diskoperinPledgedToTrainSmeOwners(), fulfilled(NOW, NOW, true))
                .when(abandoning(DISKOPERIN_UKM))
                .expectException(refusedBy(StateConflict.class, "commitment-settled"))
                .expectNoEvents();
    }

    @Test
    void givenAbandoned_whenFulfilled_thenStateConflict() {
        commitments().given(diskoperinPledgedToTrainSmeOwners(), abandoned())
                .when(fulfilling(DISKOPERIN_UKM, null))
                .expectException(refusedBy(StateConflict.class, "commitment-settled"))
                .expectNoEvents();
    }
}
