package id.gotong.outcome;

import id.gotong.act.Acts;
import id.gotong.act.FakeMembership;
import id.gotong.events.CollaborationAct;
import id.gotong.events.OutcomeEvent.OutcomeConfirmed;
import id.gotong.events.OutcomeEvent.OutcomeDisputed;
import id.gotong.events.OutcomeEvent.OutcomeReported;
import id.gotong.events.Provenance;
import id.gotong.events.Role;
import org.axonframework.test.aggregate.AggregateTestFixture;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

/**
 * Toba Regency's smart governance (seed 004): the SPBE index went 1.69 (2021), 1.89, 2.16, 2.98 (2024); the national
 * minimum is 2.6 and the regional plan targets 3.39 for 2026.
 */
final class OutcomeFixture {

    static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
    static final Instant NOW = Instant.parse("2025-02-10T02:00:00Z");

    static final String TOBA = "toba-smart-governance";
    static final String DISKOMINFO_TOBA = "diskominfo-toba";
    static final String BAPPEDA_TOBA = "bappeda-toba";
    static final String IT_DEL = "it-del";
    static final String TELKOM = "pt-telkom";

    static final String OUTCOME = "toba-spbe-2024";
    static final String SPBE_INDEX = "SPBE index";
    static final String UNIT = "index points (0-5)";
    static final String EVIDENCE = "https://tobakab.go.id/spbe/evaluasi-2024";
    static final BigDecimal NATIONAL_MINIMUM = new BigDecimal("2.6");

    private OutcomeFixture() {
    }

    static AggregateTestFixture<Outcome> outcomes() {
        AggregateTestFixture<Outcome> fixture = new AggregateTestFixture<>(Outcome.class);
        fixture.registerInjectableResource(Clock.fixed(NOW, WIB));
        fixture.registerInjectableResource(new FakeMembership()
                .member(TOBA, DISKOMINFO_TOBA, Role.SECRETARY)
                .member(TOBA, BAPPEDA_TOBA, Role.STEERING)
                .member(TOBA, IT_DEL)
                .stakeholder(TELKOM));
        return fixture;
    }

    static ReportOutcome reportingSpbeIndex2024By(String actor) {
        return new ReportOutcome(OUTCOME, actor, null, TOBA, SPBE_INDEX, "2024", new BigDecimal("2.98"), UNIT,
                new BigDecimal("1.69"), new BigDecimal("3.39"), EVIDENCE);
    }

    static OutcomeReported diskominfoReportedSpbeIndex2024() {
        return new OutcomeReported(OUTCOME, recordedNow(OutcomeReported.class, DISKOMINFO_TOBA), SPBE_INDEX, "2024",
                "2.98", UNIT, "1.69", "3.39", null, EVIDENCE);
    }

    static ReportOutcome reportingSpbeIndex2024AgainstNationalMinimumBy(String actor) {
        return new ReportOutcome(OUTCOME, actor, null, TOBA, SPBE_INDEX, "2024", new BigDecimal("2.98"), UNIT,
                new BigDecimal("1.69"), new BigDecimal("3.39"), NATIONAL_MINIMUM, EVIDENCE);
    }

    static OutcomeReported diskominfoReportedSpbeIndex2024AgainstNationalMinimum() {
        return new OutcomeReported(OUTCOME, recordedNow(OutcomeReported.class, DISKOMINFO_TOBA), SPBE_INDEX, "2024",
                "2.98", UNIT, "1.69", "3.39", "2.6", EVIDENCE);
    }

    static ConfirmOutcome confirmingBy(String actor) {
        return new ConfirmOutcome(OUTCOME, actor, null);
    }

    static OutcomeConfirmed confirmedBy(String actor) {
        return new OutcomeConfirmed(OUTCOME, recordedNow(OutcomeConfirmed.class, actor));
    }

    static DisputeOutcome disputingBy(String actor) {
        return new DisputeOutcome(OUTCOME, actor, null, "The 2024 evaluation has not been published yet");
    }

    static OutcomeDisputed disputedBy(String actor) {
        return new OutcomeDisputed(OUTCOME, recordedNow(OutcomeDisputed.class, actor),
                "The 2024 evaluation has not been published yet");
    }

    static Provenance recordedNow(Class<? extends CollaborationAct> type, String actor) {
        return new Provenance(actor, TOBA, NOW, NOW, null, Acts.evidencesOf(type));
    }

}
