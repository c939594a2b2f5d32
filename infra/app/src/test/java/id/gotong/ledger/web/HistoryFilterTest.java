package id.gotong.ledger.web;

import id.gotong.eventstore.EventLog;
import org.bson.BsonDocument;
import org.bson.BsonString;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The history filter and its bounded, chunked scan, on a fake event source that records every read. */
class HistoryFilterTest {

    static BsonDocument event(String type, String collaboration, String actor, String occurredAt) {
        BsonDocument provenance = new BsonDocument("actor", new BsonString(actor))
                .append("collaborationId", new BsonString(collaboration))
                .append("occurredAt", new BsonString(occurredAt))
                .append("recordedAt", new BsonString(occurredAt));
        return new BsonDocument("payloadType", new BsonString(type))
                .append("payload", new BsonDocument("provenance", provenance));
    }

    /** position p: collaboration c{p % 3}, actor a{p % 2}, type T{p % 4}, occurred on day p of 2024. */
    static BsonDocument at(long p) {
        return event("id.gotong.events.X$T" + p % 4, "c" + p % 3, "a" + p % 2,
                Instant.parse("2024-01-01T00:00:00Z").plusSeconds(86_400 * p).toString());
    }

    final List<long[]> reads = new ArrayList<>();
    long hole = Long.MAX_VALUE;

    List<EventLog.Entry> read(long start, long end) {
        reads.add(new long[] {start, end});
        List<EventLog.Entry> entries = new ArrayList<>();
        for (long p = start; p < end && p < hole; p++) {
            entries.add(new EventLog.Entry(p, at(p)));
        }
        return entries;
    }

    @Test
    void simpleNamesStripPackagesAndEnclosingClasses() {
        assertThat(HistoryFilter.simpleName("id.gotong.events.AgreementEvent$AgreementSigned"))
                .isEqualTo("AgreementSigned");
        assertThat(HistoryFilter.simpleName("a.b.Plain")).isEqualTo("Plain");
        assertThat(HistoryFilter.simpleName("Bare")).isEqualTo("Bare");
    }

    @Test
    void criteriaCombineAndEventsWithoutProvenanceMatchOnlyTheTypeFilter() {
        HistoryFilter filter = new HistoryFilter("c1", "a0", "T0", Instant.parse("2024-01-01T00:00:00Z"),
                Instant.parse("2024-12-31T00:00:00Z"));
        for (long p = 0; p < 100; p++) {
            boolean expected = p % 3 == 1 && p % 2 == 0 && p % 4 == 0;
            assertThat(filter.matches(at(p))).as("position %d", p).isEqualTo(expected);
        }
        BsonDocument bare = new BsonDocument("payloadType", new BsonString("x.T0"))
                .append("payload", new BsonDocument("text", new BsonString("no provenance")));
        assertThat(new HistoryFilter(null, null, "T0", null, null).matches(bare)).isTrue();
        assertThat(HistoryFilter.collaboration("c1").matches(bare)).isFalse();
        assertThat(new HistoryFilter(null, null, null, Instant.EPOCH, null).matches(bare)).isFalse();
        // since and until are inclusive
        Instant day3 = Instant.parse("2024-01-04T00:00:00Z");
        assertThat(new HistoryFilter(null, null, null, day3, day3).matches(at(3))).isTrue();
        assertThat(new HistoryFilter(null, null, null, day3, day3).matches(at(4))).isFalse();
    }

    @Test
    void scanReadsChunksOfAThousandAndStopsAtTheLimit() {
        HistoryFilter.Page page = new HistoryFilter("c1", null, null, null, null)
                .scan(this::read, 0, 5000, 10, 10_000);
        assertThat(page.events()).extracting(EventLog.Entry::position)
                .containsExactly(1L, 4L, 7L, 10L, 13L, 16L, 19L, 22L, 25L, 28L);
        assertThat(page.next()).isEqualTo(29);
        assertThat(reads).hasSize(1);
        assertThat(reads.get(0)).containsExactly(0, 1000);
    }

    @Test
    void scanIsBoundedAndNextPointsWhereItStopped() {
        HistoryFilter.Page page = new HistoryFilter(null, null, "none", null, null)
                .scan(this::read, 500, 1_000_000, 200, 10_000);
        assertThat(page.events()).isEmpty();
        assertThat(page.next()).isEqualTo(10_500);
        assertThat(reads).hasSize(10);
        assertThat(reads).allSatisfy(r -> assertThat(r[1] - r[0]).isEqualTo(1000));
        reads.clear();
        page = HistoryFilter.ALL.scan(this::read, 990, 1234, 200, 10_000);
        assertThat(page.events()).hasSize(200);
        assertThat(page.next()).isEqualTo(1190);
        page = HistoryFilter.ALL.scan(this::read, 1200, 1234, 200, 10_000);
        assertThat(page.events()).hasSize(34);
        assertThat(page.next()).isEqualTo(1234);
    }

    @Test
    void scanNeverStepsOverAMissingPosition() {
        hole = 1500;
        HistoryFilter.Page page = HistoryFilter.ALL.scan(this::read, 1400, 5000, 1000, 10_000);
        assertThat(page.events()).hasSize(100);
        assertThat(page.next()).isEqualTo(1500);
    }
}
