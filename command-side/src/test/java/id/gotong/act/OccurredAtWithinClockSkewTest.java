package id.gotong.act;

import id.gotong.events.CollaborationEvent.DriverRecorded;
import id.gotong.events.Provenance;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A client clock slightly ahead of the server's is "now"; beyond {@link Acts#CLOCK_SKEW} it is the future. */
class OccurredAtWithinClockSkewTest {

    static final Instant NOW = Instant.parse("2024-06-20T02:00:00Z");
    static final Clock CLOCK = Clock.fixed(NOW, ZoneId.of("Asia/Jakarta"));

    Provenance provenance(Instant occurredAt) {
        return Acts.provenance(DriverRecorded.class, "stk-1", "col-1", occurredAt, null, CLOCK);
    }

    @Test
    void givenOccurredAtWithinTheSkew_whenRecording_thenRecordedAsHappeningNow() {
        Provenance provenance = provenance(NOW.plus(Acts.CLOCK_SKEW));

        assertThat(provenance.occurredAt()).isEqualTo(NOW);
        assertThat(provenance.recordedAt()).isEqualTo(NOW);
    }

    @Test
    void givenOccurredAtJustBeyondTheSkew_whenRecording_thenOccurredNotInFuture() {
        assertThatThrownBy(() -> provenance(NOW.plus(Acts.CLOCK_SKEW).plusMillis(1)))
                .isInstanceOf(RuleViolation.class)
                .extracting(e -> ((RuleViolation) e).rule(), e -> ((RuleViolation) e).field())
                .containsExactly("occurred-not-in-future", "occurredAt");
    }

    @Test
    void givenOccurredAtInThePast_whenRecording_thenKeptAsGiven() {
        Instant signed = Instant.parse("2021-03-01T03:00:00Z");

        assertThat(provenance(signed).occurredAt()).isEqualTo(signed);
    }
}
