package id.gotong.ledger.store;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * {@code gotong.ledger.*}: the log's origin (also the signing key's name), where its Ed25519 key lives, and how
 * often a growing tree is checkpointed, and which witnesses may cosign its checkpoints.
 *
 * @param origin             checkpoint origin line and key name; auditors pin it
 * @param keyFile            signer key file, created (rw-------) on first start; default {@code <data-dir>/ledger.key}
 * @param signerKey          the signer key itself ({@code PRIVATE+KEY+...}); wins over {@code keyFile}
 * @param checkpointInterval at most this long between the tree growing and a checkpoint covering it
 * @param batchSize          events read and appended per step
 * @param witnesses          verifier keys of the witnesses whose cosignatures the log accepts and serves
 * @param leaseDuration      how long the appender lease lasts without renewal: the longest a failover waits
 */
@ConfigurationProperties("gotong.ledger")
public record LedgerProperties(
        @DefaultValue("gotong.local/ledger") String origin,
        Path keyFile,
        String signerKey,
        @DefaultValue("1s") Duration checkpointInterval,
        @DefaultValue("1000") int batchSize,
        @DefaultValue List<String> witnesses,
        @DefaultValue("15s") Duration leaseDuration) {
}
