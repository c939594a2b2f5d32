package id.gotong.role;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code gotong.projections.*}: how the streaming processor {@code projections} divides its work.
 *
 * @param segments  the number of segments the processor's tokens are created with (only when it has none yet); each
 *                  segment is claimed by one thread of one query process through the token store
 * @param threads   segments one process works on at once; a process claims at most this many
 * @param batchSize events folded per batch (one set of bulk writes)
 * @param balanceInterval how often a query process announces itself and gives up a segment beyond its fair share
 *                        ({@link SegmentBalancer})
 */
@ConfigurationProperties("gotong.projections")
public record ProjectionProcessing(
        @DefaultValue("1") int segments,
        @DefaultValue("1") int threads,
        @DefaultValue("100") int batchSize,
        @DefaultValue("5s") java.time.Duration balanceInterval) {

    public ProjectionProcessing {
        if (segments < 1 || threads < 1 || batchSize < 1) {
            throw new IllegalArgumentException("gotong.projections.segments, threads and batch-size must be positive");
        }
    }
}
