package id.gotong.outcome;

import id.gotong.act.NotPermitted;
import org.junit.jupiter.api.Test;

import static id.gotong.outcome.OutcomeFixture.*;
import static id.gotong.act.Refusals.refusedBy;

class OnlySomeoneElseConfirmsOrDisputesOutcomeTest {

    @Test
    void givenDiskominfoReported_whenBappedaConfirms_thenOutcomeConfirmed() {
        outcomes().given(diskominfoReportedSpbeIndex2024())
                .when(confirmingBy(BAPPEDA_TOBA))
                .expectEvents(confirmedBy(BAPPEDA_TOBA));
    }

    @Test
    void givenDiskominfoReported_whenItDelDisputes_thenOutcomeDisputed() {
        outcomes().given(diskominfoReportedSpbeIndex2024())
                .when(disputingBy(IT_DEL))
                .expectEvents(disputedBy(IT_DEL));
    }

    @Test
    void givenDiskominfoReported_whenDiskominfoConfirms_thenNotPermitted() {
        outcomes().given(diskominfoReportedSpbeIndex2024())
                .when(confirmingBy(DISKOMINFO_TOBA))
                .expectException(refusedBy(NotPermitted.class, "verdict-by-someone-else"))
                .expectNoEvents();
    }

    @Test
    void givenDiskominfoReported_whenDiskominfoDisputes_thenNotPermitted() {
        outcomes().given(diskominfoReportedSpbeIndex2024())
                .when(disputingBy(DISKOMINFO_TOBA))
                .expectException(refusedBy(NotPermitted.class, "verdict-by-someone-else"))
                .expectNoEvents();
    }
}
