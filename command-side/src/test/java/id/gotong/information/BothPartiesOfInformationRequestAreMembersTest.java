package id.gotong.information;

import id.gotong.act.NotPermitted;
import id.gotong.act.RuleViolation;
import org.junit.jupiter.api.Test;

import static id.gotong.information.InformationRequestFixture.*;
import static id.gotong.act.Refusals.refusedBy;

class BothPartiesOfInformationRequestAreMembersTest {

    @Test
    void givenBothMembers_whenDiskoperinAsksShopee_thenInformationRequested() {
        requests().givenNoPriorActivity()
                .when(requesting(DISKOPERIN_UKM, SHOPEE))
                .expectEvents(diskoperinAskedShopeeForSmeSalesData());
    }

    @Test
    void givenRequesterIsNoMember_whenRequest_thenNotPermitted() {
        requests().givenNoPriorActivity()
                .when(requesting(TELKOM, SHOPEE))
                .expectException(refusedBy(NotPermitted.class, "members-only"))
                .expectNoEvents();
    }

    @Test
    void givenRequestedPartyIsNoMember_whenRequest_thenRuleViolationOnRequestedFrom() {
        requests().givenNoPriorActivity()
                .when(requesting(DISKOPERIN_UKM, TELKOM))
                .expectException(refusedBy(RuleViolation.class, "requested-party-is-member", "requestedFrom"))
                .expectNoEvents();
    }

    @Test
    void whenMemberAsksItself_thenRuleViolationOnRequestedFrom() {
        requests().givenNoPriorActivity()
                .when(requesting(SHOPEE, SHOPEE))
                .expectException(refusedBy(RuleViolation.class, "request-from-someone-else", "requestedFrom"))
                .expectNoEvents();
    }
}
