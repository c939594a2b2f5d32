package id.gotong.bench;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Runs the ledger benchmark with tiny sizes so the harness cannot rot; the figures themselves mean nothing. */
class LedgerBenchmarkSmokeTest {

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)  // about 20 s alone; over 60 s on a 2-core machine shared by builds
    void producesEveryRow(@TempDir Path dir) throws Exception {
        Path output = dir.resolve("bench/ledger.md");
        ByteArrayOutputStream progress = new ByteArrayOutputStream();
        LedgerBenchmark bench = new LedgerBenchmark(
                new LedgerBenchmark.Settings(5000, 3000, 60, 50, output, dir.resolve("data")),
                new PrintStream(progress, true, StandardCharsets.UTF_8));
        String markdown = bench.run();
        assertThat(Files.readString(output)).isEqualTo(markdown);
        assertThat(progress.toString(StandardCharsets.UTF_8)).contains("in-memory build: 5,000/5,000")
                .contains("embedded load: 3,000 leaves").contains("done in");
        assertThat(bench.rows()).extracting(LedgerBenchmark.Row::measurement).containsExactly(
                "Build a 5,000-leaf tree in memory (leaves/s)",
                "Verify 5,000 entries: root from leaf bytes (s)",
                "Verify 5,000 entries: leaves recomputed from events, then root (s)",
                "Inclusion proof at 5,000 entries, in memory: p50 / p99 (ms)",
                "Consistency proof to 5,000 entries, in memory: p50 / p99 (ms)",
                "Load 3,000 leaves into ledger_nodes, embedded server (leaves/s)",
                "Inclusion proof at 3,000 entries, MongoTreeNodes, embedded server: p50 / p99 (ms)",
                "Consistency proof to 3,000 entries, MongoTreeNodes, embedded server: p50 / p99 (ms)");
        for (LedgerBenchmark.Row row : bench.rows()) {
            assertThat(markdown).contains("| " + row.measurement() + " | " + row.value() + " |");
        }
    }
}
