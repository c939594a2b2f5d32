package id.gotong.bench;

import id.gotong.GotongApplication;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs the whole performance benchmark in quick mode (two application processes, tiny sizes) so the harness cannot
 * rot: every figure is produced with a sane value. The timings themselves mean nothing here. Minutes long: it runs
 * with {@code ./mvnw verify -Pperformance} only.
 */
@Tag("performance")
class PerformanceBenchmarkSmokeIT {

    @TempDir
    Path dir;

    @BeforeAll
    static void quiet() {
        GotongApplication.quietAxonDefaults();
    }

    @Test
    @Timeout(value = 20, unit = TimeUnit.MINUTES)  // two application processes and one in-process: slow on a busy machine
    void producesEveryFigureWithSaneValues() throws Exception {
        PerformanceSettings settings = PerformanceSettings.quick(dir);
        ByteArrayOutputStream progress = new ByteArrayOutputStream();
        // Also to the test's output, where the report files keep it for whoever wonders why the test took long.
        OutputStream both = new OutputStream() {
            @Override
            public void write(int b) {
                progress.write(b);
                System.out.write(b);
            }
        };

        PerformanceBenchmark.Report report = new PerformanceBenchmark(settings,
                new PrintStream(both, true, StandardCharsets.UTF_8)).run();
        System.out.println(report.markdown());

        assertThat(Files.readString(settings.output())).isEqualTo(report.markdown());
        assertThat(report.markdown()).startsWith(PerformanceBenchmark.BEGIN).contains("cores")
                                     .contains("Load average").endsWith(PerformanceBenchmark.END + "\n");
        assertThat(progress.toString(StandardCharsets.UTF_8)).contains("HTTP, 64 clients").contains("done in");
        assertThat(report.figures()).extracting(PerformanceBenchmark.Figure::measurement).containsExactly(
                "Goal proposals over HTTP, 1 client (commands/s)",
                "Latency, 1 client (p50 / p99 ms)",
                "Goal proposals over HTTP, 16 clients (commands/s)",
                "Latency, 16 clients (p50 / p99 ms)",
                "Goal proposals over HTTP, 64 clients (commands/s)",
                "Latency, 64 clients (p50 / p99 ms)",
                "Appends with group commit, 1 event/commit, 1 thread (commits/s)",
                "Appends, one write per commit, 1 event/commit, 1 thread (commits/s)",
                "Appends with group commit, 1 event/commit, 8 threads (commits/s)",
                "Appends, one write per commit, 1 event/commit, 8 threads (commits/s)",
                "Appends with group commit, 1 event/commit, 16 threads (commits/s)",
                "Appends, one write per commit, 1 event/commit, 16 threads (commits/s)",
                "Rebuild, 1,000 events (events/s)",
                "Read and deserialize every event, 1,000 events (events/s)",
                "Live projector, batches of 100 (events/s)",
                "SSE push, append acknowledged → event on the stream (p50 / p99 ms)",
                "Build a 5,000-leaf tree in memory (leaves/s)",
                "Verify 5,000 entries: root from leaf bytes (s)",
                "Verify 5,000 entries: leaves recomputed from events (s)",
                "Inclusion proof at 5,000 entries, in memory (p50 / p99 ms)",
                "Consistency proof to 5,000 entries, in memory (p50 / p99 ms)",
                "Inclusion proof at 3,000 entries, MongoTreeNodes, embedded server (p50 / p99 ms)",
                "Consistency proof to 3,000 entries, MongoTreeNodes, embedded server (p50 / p99 ms)",
                "Load 3,000 leaves into `ledger_nodes` (leaves/s)",
                "Start-up to ready, empty store (s)",
                "Start-up to ready, store of 2,000 events (s)",
                "Heap after full GC, empty store, at ready (MB)",
                "Heap after full GC, store of 2,000 events, at ready (MB)",
                "Heap after full GC, store of 2,000 events, after 1 s catching up (MB)");
        for (PerformanceBenchmark.Figure figure : report.figures()) {
            assertThat(report.markdown()).contains("| " + figure.measurement() + " | " + figure.value() + " | ");
            for (String value : figure.value().split(" / ")) {
                assertPositive(figure, value);
            }
            if (!figure.ratio().equals("—")) {
                assertPositive(figure, figure.ratio().split("×")[0]);
            }
            assertThat(figure.met()).as(figure.measurement()).matches("(yes|\\*\\*no\\*\\*)( \\(smaller tree\\))?|—");
            assertThat(figure.target().equals("—")).as(figure.measurement()).isEqualTo(figure.met().equals("—"));
        }
        assertThat(report.figures()).filteredOn(f -> f.measurement().startsWith("Goal proposals"))
                                    .allSatisfy(f -> assertThat(f.note()).startsWith("0 errors"));
        assertThat(report.figures()).filteredOn(f -> f.measurement().startsWith("SSE"))
                                    .allSatisfy(f -> assertThat(f.note()).doesNotContain("not pushed"));
    }

    @Test
    void replacesOnlyTheGeneratedSection() throws Exception {
        Path docs = dir.resolve("performance.md");
        Files.writeString(docs, "# Performance\n\nbefore\n\n" + PerformanceBenchmark.BEGIN + "\nold table\n"
                + PerformanceBenchmark.END + "\n\nafter\n");

        PerformanceBenchmark.replaceSection(docs, PerformanceBenchmark.BEGIN + "\nnew table\n"
                + PerformanceBenchmark.END + "\n");

        assertThat(Files.readString(docs)).isEqualTo("# Performance\n\nbefore\n\n" + PerformanceBenchmark.BEGIN
                + "\nnew table\n" + PerformanceBenchmark.END + "\n\nafter\n");
    }

    @Test
    void theDocsHaveTheGeneratedSection() throws Exception {
        String docs = Files.readString(Path.of("../..", "docs", "performance.md"));
        assertThat(docs.indexOf(PerformanceBenchmark.BEGIN)).isNotNegative()
                                                           .isLessThan(docs.indexOf(PerformanceBenchmark.END));
    }

    /** The cell starts with a number greater than zero. */
    private static void assertPositive(PerformanceBenchmark.Figure figure, String cell) {
        String number = cell.trim().split(" ")[0].replace(",", "");
        assertThat(number).as("%s: '%s'", figure.measurement(), cell).matches("[0-9]+(\\.[0-9]+)?");
        assertThat(Double.parseDouble(number)).as("%s: '%s'", figure.measurement(), cell).isPositive();
    }
}
