package id.gotong.correction;

import id.gotong.act.Acts;
import id.gotong.act.FakeMembership;
import id.gotong.events.CollaborationAct;
import id.gotong.events.CorrectionEvent.RecordCorrected;
import id.gotong.events.OutcomeEvent.OutcomeReported;
import id.gotong.events.Provenance;
import id.gotong.events.Role;
import org.axonframework.test.aggregate.AggregateTestFixture;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Toba (seed 004): Bappeda reported the 2023 SPBE index as 2.61 instead of 2.16; Diskominfo Toba keeps the
 * collaboration's records as its secretary.
 */
final class CorrectionFixture {

    static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
    static final Instant NOW = Instant.parse("2024-03-04T02:00:00Z");

    static final String TOBA = "toba-smart-governance";
    static final String SURAKARTA = "surakarta-smart-branding";
    static final String DISKOMINFO_TOBA = "diskominfo-toba";
    static final String BAPPEDA_TOBA = "bappeda-toba";
    static final String IT_DEL = "it-del";

    static final String CORRECTION = "correct-spbe-2023";
    /** The event id of Bappeda's report of the 2023 SPBE index. */
    static final String SPBE_2023_REPORTED = "7f1c0c52-2b1e-4a51-9d0e-2f5d3c9a0b11";
    /** The event id of an act recorded in Surakarta's collaboration. */
    static final String SURAKARTA_ACT = "0b6a4f0e-90a4-4d55-b3b0-6a1f2b7e3c22";
    static final Map<String, String> VALUE_IS_2_16 = Map.of("value", "2.16");
    static final String REASON = "Digits swapped when copying from the KemenPAN-RB evaluation letter";

    private CorrectionFixture() {
    }

    static AggregateTestFixture<Correction> corrections() {
        AggregateTestFixture<Correction> fixture = new AggregateTestFixture<>(Correction.class);
        fixture.registerInjectableResource(Clock.fixed(NOW, WIB));
        fixture.registerInjectableResource(new FakeMembership()
                .member(TOBA, DISKOMINFO_TOBA, Role.SECRETARY, Role.WORKING_GROUP_COORDINATOR)
                .member(TOBA, BAPPEDA_TOBA, Role.STEERING)
                .member(TOBA, IT_DEL)
                .collaboration(SURAKARTA));
        fixture.registerInjectableResource(new FakeRecordedActs()
                .recorded(SPBE_2023_REPORTED, provenance(OutcomeReported.class, BAPPEDA_TOBA, TOBA))
                .recorded(SURAKARTA_ACT, provenance(OutcomeReported.class, IT_DEL, SURAKARTA)));
        return fixture;
    }

    static CorrectRecord correctingSpbe2023By(String actor) {
        return new CorrectRecord(CORRECTION, actor, null, TOBA, SPBE_2023_REPORTED, VALUE_IS_2_16, REASON);
    }

    static RecordCorrected spbe2023CorrectedBy(String actor) {
        return new RecordCorrected(CORRECTION, provenance(RecordCorrected.class, actor, TOBA), SPBE_2023_REPORTED,
                VALUE_IS_2_16, REASON);
    }

    static Provenance provenance(Class<? extends CollaborationAct> type, String actor,
                                 String collaborationId) {
        return new Provenance(actor, collaborationId, NOW, NOW, null, Acts.evidencesOf(type));
    }

    /** The ledger as far as corrections need it: event id → provenance. */
    static final class FakeRecordedActs implements RecordedActs {

        private final Map<String, Provenance> recorded = new HashMap<>();

        FakeRecordedActs recorded(String eventId, Provenance provenance) {
            recorded.put(eventId, provenance);
            return this;
        }

        @Override
        public Optional<Provenance> provenanceOf(String eventId) {
            return Optional.ofNullable(recorded.get(eventId));
        }
    }
}
