package id.gotong.commitment;

import id.gotong.act.NotPermitted;
import org.junit.jupiter.api.Test;

import static id.gotong.commitment.CommitmentFixture.*;
import static id.gotong.act.Refusals.refusedBy;

class OnlyMembersPledgeTest {

    @Test
    void givenDiskoperinIsMember_whenPledge_thenCommitmentPledgedUnderAgreementAndDecision() {
        commitments().givenNoPriorActivity()
                .when(pledgeToTrainSmeOwnersBy(DISKOPERIN_UKM))
                .expectEvents(diskoperinPledgedToTrainSmeOwners());
    }

    @Test
    void givenTelkomIsNoMember_whenPledge_thenNotPermitted() {
        commitments().givenNoPriorActivity()
                .when(pledgeToTrainSmeOwnersBy(TELKOM))
                .expectException(refusedBy(NotPermitted.class, "members-only"))
                .expectNoEvents();
    }
}
