package id.gotong.projection;

import java.time.Instant;

/**
 * What a read answered for: the moment asked ({@code asOf} or {@code requestedPosition}, both {@code null} for now),
 * the last ledger position whose event is reflected, and the ledger size when it was read.
 */
public record Reflects(Instant asOf, Long requestedPosition, long position, long ledgerSize) {

    public static Reflects of(AsOf asOf, long position, long ledgerSize) {
        return new Reflects(asOf.instant(), asOf.position(), position, ledgerSize);
    }
}
