package id.gotong.commitment;

import id.gotong.act.NotPermitted;
import org.junit.jupiter.api.Test;

import static id.gotong.commitment.CommitmentFixture.*;
import static id.gotong.act.Refusals.refusedBy;

class OnlyPledgerFulfilsOrAbandonsTest {

    @Test
    void givenDiskoperinPledged_whenShopeeReportsItFulfilled_thenNotPermitted() {
        commitments().given(diskoperinPledgedToTrainSmeOwners())
                .when(fulfilling(SHOPEE, null))
                .expectException(refusedBy(NotPermitted.class, "pledger-only"))
                .expectNoEvents();
    }

    @Test
    void givenDiskoperinPledged_whenDisbudparAbandonsIt_thenNotPermitted() {
        commitments().given(diskoperinPledgedToTrainSmeOwners())
                .when(abandoning(DISBUDPAR))
                .expectException(refusedBy(NotPermitted.class, "pledger-only"))
                .expectNoEvents();
    }

    @Test
    void givenDiskoperinPledged_whenDiskoperinAbandonsIt_thenCommitmentAbandoned() {
        commitments().given(diskoperinPledgedToTrainSmeOwners())
                .when(abandoning(DISKOPERIN_UKM))
                .expectEvents(abandoned());
    }
}
