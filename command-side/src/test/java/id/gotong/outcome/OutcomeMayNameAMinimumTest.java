package id.gotong.outcome;

import id.gotong.act.NotPermitted;
import id.gotong.events.OutcomeEvent.OutcomeReported;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static id.gotong.act.Refusals.refusedBy;
import static id.gotong.outcome.OutcomeFixture.*;

/**
 * An outcome may name the least value a standard requires (Toba's SPBE index against the national minimum of 2.6).
 * It is optional: a report without one records {@code null}, as every report did before the minimum existed.
 */
class OutcomeMayNameAMinimumTest {

    @Test
    void givenDiskominfoIsMember_whenReportingAgainstTheNationalMinimum_thenOutcomeReportedWithMinimum() {
        outcomes().givenNoPriorActivity()
                .when(reportingSpbeIndex2024AgainstNationalMinimumBy(DISKOMINFO_TOBA))
                .expectEvents(diskominfoReportedSpbeIndex2024AgainstNationalMinimum());
    }

    @Test
    void givenDiskominfoIsMember_whenReportingWithoutMinimum_thenOutcomeReportedWithNoMinimum() {
        outcomes().givenNoPriorActivity()
                .when(reportingSpbeIndex2024By(DISKOMINFO_TOBA))
                .expectEvents(diskominfoReportedSpbeIndex2024());
    }

    @Test
    void whenMinimumIsWrittenInScientificNotation_thenEventWritesItOut() {
        outcomes().givenNoPriorActivity()
                .when(new ReportOutcome(OUTCOME, DISKOMINFO_TOBA, null, TOBA, "Tourist visits", "2023",
                        new BigDecimal("4029686"), "visits", null, null, new BigDecimal("1E+6"), null))
                .expectEvents(new OutcomeReported(OUTCOME, recordedNow(OutcomeReported.class, DISKOMINFO_TOBA),
                        "Tourist visits", "2023", "4029686", "visits", null, null, "1000000", null));
    }

    @Test
    void givenTelkomIsNoMember_whenReportingAgainstTheNationalMinimum_thenNotPermittedAndNothingRecorded() {
        outcomes().givenNoPriorActivity()
                .when(reportingSpbeIndex2024AgainstNationalMinimumBy(TELKOM))
                .expectException(refusedBy(NotPermitted.class, "members-only"))
                .expectNoEvents();
    }
}
