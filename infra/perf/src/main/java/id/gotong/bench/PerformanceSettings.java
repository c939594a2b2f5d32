package id.gotong.bench;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * The sizes of one {@link PerformanceBenchmark} run. {@link #fromSystemProperties()} reads each from the
 * {@code bench.*} system property named below, else takes the default (the full run); {@link #quick} is the smoke
 * test's run, with sizes that only prove every figure is produced.
 *
 * @param mode               "full", "quick" or "custom" (any size changed by a property), printed with the figures
 * @param httpClients        concurrent HTTP clients, one measurement each ({@code bench.httpClients}, 1,16,64)
 * @param httpSeconds        measured seconds per client count, HTTP and raw driver each ({@code bench.httpSeconds}, 15)
 * @param httpWarmupSeconds  unreported seconds before each measurement ({@code bench.httpWarmupSeconds}, 5)
 * @param groupThreads       appending threads for group commit vs one write ({@code bench.groupThreads}, 1,8,16)
 * @param groupCommits       commits per group-commit measurement ({@code bench.groupCommits}, 2000)
 * @param rounds             rounds of the group-commit figures; the best counts ({@code bench.rounds}, 2)
 * @param projectionEvents   events stored, then rebuilt and scanned ({@code bench.projectionEvents}, 50,000)
 * @param projectionRounds   rounds of the projection figures ({@code bench.projectionRounds}, 1)
 * @param ssePushes          appends whose Server-Sent Event is timed ({@code bench.ssePushes}, 200)
 * @param ledgerLeaves       leaves of the in-memory tree, verification and proofs ({@code bench.ledgerLeaves}, 1,000,000)
 * @param ledgerStoredLeaves leaves loaded into the embedded server for stored proofs ({@code bench.ledgerStoredLeaves},
 *                           1,000,000)
 * @param ledgerLoadSeconds  time allowed for that load; proofs are taken at the size reached
 *                           ({@code bench.ledgerLoadSeconds}, 240)
 * @param proofs             proofs timed per row ({@code bench.proofs}, 1,000)
 * @param storeEvents        events in the store the application is started on for memory and start-up
 *                           ({@code bench.storeEvents}, 1,000,000)
 * @param storeLoadSeconds   time allowed for writing that store; the application is started on the size reached
 *                           ({@code bench.storeLoadSeconds}, 300)
 * @param settleSeconds      how long that application runs before its heap is measured a second time
 *                           ({@code bench.settleSeconds}, 60)
 * @param appJvmOptions      JVM options of the application processes ({@code bench.appJvmOptions}, "-Xmx1g")
 * @param dataDir            where data files are created ({@code bench.dataDir})
 * @param output             where the generated section is written ({@code bench.output})
 * @param docs               the Markdown file whose generated section is replaced, or null ({@code bench.docs})
 */
public record PerformanceSettings(String mode, List<Integer> httpClients, double httpSeconds,
                                  double httpWarmupSeconds, List<Integer> groupThreads, int groupCommits, int rounds,
                                  int projectionEvents, int projectionRounds, int ssePushes, int ledgerLeaves, int ledgerStoredLeaves,
                                  long ledgerLoadSeconds, int proofs, int storeEvents, long storeLoadSeconds,
                                  long settleSeconds,
                                  List<String> appJvmOptions, Path dataDir, Path output, Path docs) {

    private static final List<String> SIZES = List.of("bench.httpClients", "bench.httpSeconds",
            "bench.httpWarmupSeconds", "bench.groupThreads", "bench.groupCommits", "bench.rounds",
            "bench.projectionEvents", "bench.projectionRounds", "bench.ssePushes", "bench.ledgerLeaves", "bench.ledgerStoredLeaves",
            "bench.ledgerLoadSeconds", "bench.proofs", "bench.storeEvents", "bench.storeLoadSeconds", "bench.settleSeconds",
            "bench.appJvmOptions");

    public PerformanceSettings {
        httpClients = List.copyOf(httpClients);
        groupThreads = List.copyOf(groupThreads);
        appJvmOptions = List.copyOf(appJvmOptions);
        if (httpClients.isEmpty() || httpClients.stream().anyMatch(c -> c < 1)) {
            throw new IllegalArgumentException("bench.httpClients: one or more positive client counts");
        }
        if (groupThreads.isEmpty() || groupThreads.stream().anyMatch(t -> t < 1 || t > groupCommits)) {
            throw new IllegalArgumentException("bench.groupThreads: positive, at most bench.groupCommits");
        }
        if (httpSeconds <= 0 || httpWarmupSeconds < 0 || rounds < 1 || projectionEvents < 1 || projectionRounds < 1
                || ssePushes < 1 || storeLoadSeconds < 1
                || ledgerLeaves < 2 || ledgerStoredLeaves < 2 || proofs < 1 || storeEvents < 10 || settleSeconds < 0) {
            throw new IllegalArgumentException("every size must be positive");
        }
    }

    public static PerformanceSettings fromSystemProperties() {
        boolean custom = SIZES.stream().anyMatch(p -> System.getProperty(p) != null);
        return new PerformanceSettings(custom ? "custom" : "full",
                ints("bench.httpClients", "1,16,64"),
                Double.parseDouble(System.getProperty("bench.httpSeconds", "15")),
                Double.parseDouble(System.getProperty("bench.httpWarmupSeconds", "5")),
                ints("bench.groupThreads", "1,8,16"),
                Integer.getInteger("bench.groupCommits", 2_000),
                Integer.getInteger("bench.rounds", 2),
                Integer.getInteger("bench.projectionEvents", 50_000),
                Integer.getInteger("bench.projectionRounds", 1),
                Integer.getInteger("bench.ssePushes", 200),
                Integer.getInteger("bench.ledgerLeaves", 1_000_000),
                Integer.getInteger("bench.ledgerStoredLeaves", 1_000_000),
                Long.getLong("bench.ledgerLoadSeconds", 240),
                Integer.getInteger("bench.proofs", 1_000),
                Integer.getInteger("bench.storeEvents", 1_000_000),
                Long.getLong("bench.storeLoadSeconds", 300),
                Long.getLong("bench.settleSeconds", 60),
                Arrays.stream(System.getProperty("bench.appJvmOptions", "-Xmx1g").split("\\s+"))
                      .filter(s -> !s.isBlank()).toList(),
                Path.of(System.getProperty("bench.dataDir", "target/bench")),
                Path.of(System.getProperty("bench.output", "target/bench/performance.md")),
                System.getProperty("bench.docs", "").isBlank() ? null : Path.of(System.getProperty("bench.docs")));
    }

    /** Sizes that prove the harness produces every figure, in about two minutes; the figures mean nothing. */
    public static PerformanceSettings quick(Path dir) {
        return new PerformanceSettings("quick", List.of(1, 16, 64), 1, 0.5, List.of(1, 8, 16), 64, 1, 1_000, 1, 5,
                5_000, 3_000, 60, 50, 2_000, 120, 1, List.of("-Xmx512m"), dir.resolve("data"),
                dir.resolve("performance.md"), null);
    }

    ProjectionBenchmark.Settings projection() {
        return new ProjectionBenchmark.Settings(projectionEvents, Math.max(1, Math.min(200, projectionEvents / 250)),
                Math.max(3, Math.min(600, projectionEvents / 80)), projectionRounds, ssePushes, dataDir,
                dataDir.resolve("projection.md"));
    }

    BenchSettings storage() {
        return new BenchSettings(List.of(), groupCommits, rounds, 1, groupThreads, 10, List.of(), 0, 0, 0,
                dataDir.resolve("storage.md"), dataDir);
    }

    String describe() {
        return "mode " + mode + "; HTTP clients " + httpClients + ", " + httpSeconds + " s each (warm-up "
                + httpWarmupSeconds + " s); group commit threads " + groupThreads + ", " + groupCommits
                + " commits, best of " + rounds + "; projection " + projectionEvents + " events, " + projectionRounds
                + " round" + (projectionRounds == 1 ? "" : "s")
                + ", " + ssePushes + " SSE pushes; ledger " + ledgerLeaves + " leaves in memory, up to "
                + ledgerStoredLeaves + " stored (" + ledgerLoadSeconds + " s allowed), " + proofs
                + " proofs per row; store of " + storeEvents + " events (" + storeLoadSeconds + " s allowed), settle " + settleSeconds
                + " s; application JVM " + String.join(" ", appJvmOptions);
    }

    private static List<Integer> ints(String property, String fallback) {
        return Arrays.stream(System.getProperty(property, fallback).split(","))
                     .map(String::trim).filter(s -> !s.isEmpty()).map(Integer::valueOf).toList();
    }
}
