package id.gotong.projection;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Which moment a read describes, as asked in the query string, and which acts belong to it. */
class AsOfTest {

    static final Instant JUNE = Instant.parse("2024-06-30T00:00:00Z");

    @Test
    void noBoundMeansNow() {
        AsOf asOf = AsOf.parse(null, null);

        assertThat(asOf).isEqualTo(AsOf.LIVE);
        assertThat(asOf.live()).isTrue();
    }

    @Test
    void anInstantBound() {
        AsOf asOf = AsOf.parse("2024-06-30T00:00:00Z", null);

        assertThat(asOf).isEqualTo(new AsOf(JUNE, null));
        assertThat(asOf.live()).isFalse();
    }

    @Test
    void aPositionBound() {
        assertThat(AsOf.parse(null, "42")).isEqualTo(new AsOf(null, 42L));
        assertThat(AsOf.parse(null, "0")).isEqualTo(new AsOf(null, 0L));
    }

    @Test
    void bothBoundsAreRefused() {
        BadQuery refused = refused("2024-06-30T00:00:00Z", "42");

        assertThat(refused.rule()).isEqualTo("as-of-one-bound");
        assertThat(refused.field()).isEqualTo("position");
        assertThat(refused).hasMessage("Ask for asOf or for position, not both");
    }

    @Test
    void anInstantThatIsNoInstantIsRefused() {
        for (String bad : new String[]{"2024-06-30", "yesterday", "", "2024-06-30T00:00:00"}) {
            BadQuery refused = refused(bad, null);

            assertThat(refused.rule()).as(bad).isEqualTo("as-of-instant");
            assertThat(refused.field()).as(bad).isEqualTo("asOf");
            assertThat(refused).hasMessage("asOf must be an ISO-8601 instant such as 2024-06-30T00:00:00Z");
        }
    }

    @Test
    void aPositionThatIsNoLedgerPositionIsRefused() {
        for (String bad : new String[]{"-1", "abc", "1.5", "", "99999999999999999999"}) {
            BadQuery refused = refused(null, bad);

            assertThat(refused.rule()).as(bad).isEqualTo("as-of-position");
            assertThat(refused.field()).as(bad).isEqualTo("position");
            assertThat(refused).hasMessage("position must be a ledger position, 0 or more");
        }
    }

    @Test
    void anInstantBoundIncludesActsExactlyAtTheInstant() {
        AsOf asOf = new AsOf(JUNE, null);

        assertThat(asOf.includes(Long.MAX_VALUE, JUNE)).isTrue();
        assertThat(asOf.includes(0, JUNE.minusNanos(1))).isTrue();
        assertThat(asOf.includes(0, JUNE.plusNanos(1))).isFalse();
    }

    @Test
    void aPositionBoundIncludesTheEventAtThePosition() {
        AsOf asOf = new AsOf(null, 42L);

        assertThat(asOf.includes(42, Instant.MAX)).isTrue();
        assertThat(asOf.includes(41, JUNE)).isTrue();
        assertThat(asOf.includes(43, Instant.EPOCH)).isFalse();
    }

    @Test
    void nowIncludesEverything() {
        assertThat(AsOf.LIVE.includes(Long.MAX_VALUE, Instant.MAX)).isTrue();
    }

    static BadQuery refused(String asOf, String position) {
        BadQuery refused = catchThrowableOfType(BadQuery.class, () -> AsOf.parse(asOf, position));
        assertThat(refused).as("refused asOf=%s position=%s", asOf, position).isNotNull();
        return refused;
    }
}
