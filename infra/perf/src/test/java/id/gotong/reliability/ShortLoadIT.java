package id.gotong.reliability;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The load test of {@code -Pbench -Dbench=load}, short: no errors, and every acknowledged write stored as answered. */
class ShortLoadIT {

    @TempDir
    Path work;

    @Test
    void twentySecondsOfActsAndReadsWithoutAnErrorOrALostWrite() throws Exception {
        // C1 only and the serial collector: a faster start on a small, busy machine; this run checks, the load run measures.
        LoadRun.Report report = LoadRun.run(new LoadRun.Settings(Duration.ofSeconds(20), 6, 5, 2,
                Duration.ofSeconds(5), work, null, List.of("-Xmx512m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC")),
                System.out);
        System.out.println(report.markdown());

        assertThat(report.errors()).as("errors " + report.errorSamples()).isZero();
        assertThat(report.unanswered()).isZero();
        assertThat(report.writes()).isPositive();
        assertThat(report.reads()).isPositive();
        assertThat(report.audit().problems()).isEmpty();
        assertThat(report.audit().acknowledgedStored()).isEqualTo(report.audit().acknowledgedEvents());
        assertThat(report.ledgerVerified()).as(report.ledger()).isTrue();
    }
}
