package id.gotong.bench;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Runs the storage benchmark with tiny parameters so the harness cannot rot; the figures themselves mean nothing. */
class StorageBenchmarkSmokeTest {

    private static final String NONE = "—";

    @TempDir
    Path dir;

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void producesEveryRowWithPositiveFigures() throws Exception {
        Path output = dir.resolve("bench/storage.md");
        BenchSettings settings = new BenchSettings(List.of(100, 200), 50, 1, 8, List.of(1, 8), 10, List.of(100, 200),
                1, 0.5, 10, output, dir.resolve("data"));
        ByteArrayOutputStream progress = new ByteArrayOutputStream();

        StorageBenchmark.Report report = new StorageBenchmark(settings,
                new PrintStream(progress, true, StandardCharsets.UTF_8)).run();

        assertThat(Files.readString(output)).isEqualTo(report.markdown());
        assertThat(progress.toString(StandardCharsets.UTF_8)).contains("100%").contains("done in");
        List<String> expected = List.of(
                "Append, 1 event/commit, 1 thread (commits/s)",
                "Append, 1 event/commit, 8 threads (commits/s)",
                "Append, 10 events/commit, 1 thread (commits/s)",
                "Append, 10 events/commit, 8 threads (commits/s)",
                "Stream read from 0, 100 events stored (events/s)",
                "Stream read from 0, 200 events stored (events/s)",
                "Load to 100, append rate over the first 10 % (events/s)",
                "Load to 100, append rate over the last 10 % (events/s)",
                "Load to 200, append rate over the first 10 % (events/s)",
                "Load to 200, append rate over the last 10 % (events/s)",
                "Append with group commit, 1 event/commit, 1 thread (commits/s)",
                "Append, one write per commit, 1 event/commit, 1 thread (commits/s)",
                "Append with group commit, 1 event/commit, 8 threads (commits/s)",
                "Append, one write per commit, 1 event/commit, 8 threads (commits/s)");
        assertThat(report.rows()).extracting(StorageBenchmark.Row::measurement).containsExactlyElementsOf(expected);
        for (StorageBenchmark.Row row : report.rows()) {
            assertThat(report.markdown()).contains("| " + row.measurement() + " | " + row.gotong() + " | ");
            boolean append = row.measurement().startsWith("Append");
            boolean read = row.measurement().startsWith("Stream");
            assertPositive(row, row.gotong());
            if (append && !row.measurement().equals("Append, 1 event/commit, 1 thread (commits/s)")) {
                assertThat(row.stock()).isEqualTo(NONE);
            } else {
                assertPositive(row, row.stock());
            }
            if (append || read) {
                assertPositive(row, row.raw());
                assertPositive(row, row.ratio());
            } else {
                assertThat(row.raw()).isEqualTo(NONE);
                assertThat(row.ratio()).isEqualTo(NONE);
            }
        }
    }

    /** The cell starts with a number greater than zero (a note may follow it). */
    private static void assertPositive(StorageBenchmark.Row row, String cell) {
        String number = cell.split(" ")[0].replace(",", "");
        assertThat(number).as("%s: '%s'", row.measurement(), cell).matches("[0-9]+(\\.[0-9]+)?");
        assertThat(Double.parseDouble(number)).as("%s: '%s'", row.measurement(), cell).isPositive();
    }
}
