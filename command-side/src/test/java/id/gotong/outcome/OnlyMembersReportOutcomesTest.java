package id.gotong.outcome;

import id.gotong.act.NotPermitted;
import org.junit.jupiter.api.Test;

import static id.gotong.outcome.OutcomeFixture.*;
import static id.gotong.act.Refusals.refusedBy;

class OnlyMembersReportOutcomesTest {

    @Test
    void givenDiskominfoIsMember_whenReportSpbeIndex_thenOutcomeReportedWithBaselineAndTarget() {
        outcomes().givenNoPriorActivity()
                .when(reportingSpbeIndex2024By(DISKOMINFO_TOBA))
                .expectEvents(diskominfoReportedSpbeIndex2024());
    }

    @Test
    void givenTelkomIsNoMember_whenReport_thenNotPermitted() {
        outcomes().givenNoPriorActivity()
                .when(reportingSpbeIndex2024By(TELKOM))
                .expectException(refusedBy(NotPermitted.class, "members-only"))
                .expectNoEvents();
    }

    @Test
    void givenOutcomeReported_whenNonMemberConfirms_thenNotPermitted() {
        outcomes().given(diskominfoReportedSpbeIndex2024())
                .when(confirmingBy(TELKOM))
                .expectException(refusedBy(NotPermitted.class, "members-only"))
                .expectNoEvents();
    }
}
