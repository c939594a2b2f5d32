package id.gotong.outcome;

import id.gotong.act.StateConflict;
import org.junit.jupiter.api.Test;

import static id.gotong.outcome.OutcomeFixture.*;
import static id.gotong.act.Refusals.refusedBy;

class OneVerdictPerMemberTest {

    @Test
    void givenBappedaConfirmed_whenBappedaConfirmsAgain_thenStateConflict() {
        outcomes().given(diskominfoReportedSpbeIndex2024(), confirmedBy(BAPPEDA_TOBA))
                .when(confirmingBy(BAPPEDA_TOBA))
                .expectException(refusedBy(StateConflict.class, "one-verdict-per-member"))
                .expectNoEvents();
    }

    @Test
    void givenBappedaConfirmed_whenBappedaDisputes_thenStateConflict() {
        outcomes().given(diskominfoReportedSpbeIndex2024(), confirmedBy(BAPPEDA_TOBA))
                .when(disputingBy(BAPPEDA_TOBA))
                .expectException(refusedBy(StateConflict.class, "one-verdict-per-member"))
                .expectNoEvents();
    }

    @Test
    void givenItDelDisputed_whenBappedaConfirms_thenOutcomeConfirmed() {
        outcomes().given(diskominfoReportedSpbeIndex2024(), disputedBy(IT_DEL))
                .when(confirmingBy(BAPPEDA_TOBA))
                .expectEvents(confirmedBy(BAPPEDA_TOBA));
    }
}
