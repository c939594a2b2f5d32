package id.gotong.bench;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * The parameters of one benchmark run. {@link #fromSystemProperties()} reads each from a {@code bench.*} system
 * property and falls back to the default given here.
 *
 * @param sizes               stored-event counts at which the stream is read ({@code bench.sizes})
 * @param commits             commits per append configuration, split over the threads ({@code bench.commits})
 * @param rounds              times each append configuration is measured, the best counts ({@code bench.rounds})
 * @param threads             writer threads of the concurrent append configurations ({@code bench.threads})
 * @param groupThreads        writer thread counts at which group commit is compared with one write per commit
 *                            ({@code bench.groupThreads})
 * @param loadEventsPerCommit events per commit when loading our engine for the stream reads
 *                            ({@code bench.loadEventsPerCommit})
 * @param stockSizes          stored-event counts at which Axon's stock engine is read ({@code bench.stockSizes})
 * @param stockMaxMinutes     time allowed for loading the stock engine, all sizes together
 *                            ({@code bench.stockMaxMinutes})
 * @param stockReadMaxMinutes time allowed for one stream read of the stock engine ({@code bench.stockReadMaxMinutes})
 * @param warmupCommits       commits per engine in the unreported warm-up ({@code bench.warmupCommits})
 * @param output              where the Markdown table is written ({@code bench.output})
 * @param dataDir             where the scenarios' data files are created and deleted again ({@code bench.dataDir})
 */
public record BenchSettings(List<Integer> sizes, int commits, int rounds, int threads, List<Integer> groupThreads,
                            int loadEventsPerCommit,
                            List<Integer> stockSizes, double stockMaxMinutes, double stockReadMaxMinutes,
                            int warmupCommits, Path output, Path dataDir) {

    public BenchSettings {
        sizes = List.copyOf(sizes).stream().sorted().toList();
        stockSizes = List.copyOf(stockSizes).stream().sorted().toList();
        groupThreads = List.copyOf(groupThreads).stream().sorted().toList();
        if (commits < threads || threads < 1 || rounds < 1 || loadEventsPerCommit < 1) {
            throw new IllegalArgumentException("need commits >= threads >= 1, rounds >= 1, loadEventsPerCommit >= 1");
        }
        if (groupThreads.stream().anyMatch(t -> t < 1 || t > commits)) {
            throw new IllegalArgumentException("every group-commit thread count must be between 1 and commits");
        }
        for (int size : sizes) {
            if (size <= 0 || size % loadEventsPerCommit != 0) {
                throw new IllegalArgumentException(
                        "every size must be a positive multiple of bench.loadEventsPerCommit: " + size);
            }
        }
        if (stockSizes.stream().anyMatch(s -> s <= 0)) {
            throw new IllegalArgumentException("stock sizes must be positive");
        }
    }

    public static BenchSettings fromSystemProperties() {
        return new BenchSettings(
                ints("bench.sizes", "1000,20000,100000"),
                Integer.getInteger("bench.commits", 3_000),
                Integer.getInteger("bench.rounds", 2),
                Integer.getInteger("bench.threads", 8),
                ints("bench.groupThreads", "1,8,16"),
                Integer.getInteger("bench.loadEventsPerCommit", 10),
                ints("bench.stockSizes", "1000,20000,100000"),
                Double.parseDouble(System.getProperty("bench.stockMaxMinutes", "10")),
                Double.parseDouble(System.getProperty("bench.stockReadMaxMinutes", "2")),
                Integer.getInteger("bench.warmupCommits", 1_000),
                Path.of(System.getProperty("bench.output", "target/bench/storage.md")),
                Path.of(System.getProperty("bench.dataDir", System.getProperty("java.io.tmpdir"))));
    }

    private static List<Integer> ints(String property, String fallback) {
        return Arrays.stream(System.getProperty(property, fallback).split(","))
                     .map(String::trim).filter(s -> !s.isEmpty()).map(Integer::valueOf).toList();
    }

    String describe() {
        return "sizes=" + join(sizes) + ", commits=" + commits + ", rounds=" + rounds + ", threads=" + threads
                + ", groupThreads=" + join(groupThreads)
                + ", loadEventsPerCommit=" + loadEventsPerCommit + ", stockSizes=" + join(stockSizes)
                + ", stockMaxMinutes=" + stockMaxMinutes + ", stockReadMaxMinutes=" + stockReadMaxMinutes
                + ", warmupCommits=" + warmupCommits;
    }

    private static String join(List<Integer> values) {
        return String.join(",", values.stream().map(String::valueOf).toList());
    }
}
