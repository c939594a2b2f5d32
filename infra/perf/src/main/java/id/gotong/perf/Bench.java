package id.gotong.perf;

import id.gotong.bench.LedgerBenchmark;
import id.gotong.bench.PerformanceBenchmark;
import id.gotong.bench.ProjectionBenchmark;
import id.gotong.bench.StorageBenchmark;
import id.gotong.reliability.LoadRun;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Runs one harness by name: {@code ./mvnw -o -q -pl infra/perf -am -Pbench process-test-classes -Dbench=NAME}. Each
 * reads its sizes from {@code bench.*} or {@code load.*} system properties (see its Javadoc); the {@code bench} profile
 * sets where reports and data go.
 */
public final class Bench {

    /** The harnesses, each with what it measures. */
    enum Harness {
        STORAGE("the event store against Axon's stock Mongo store (StorageBenchmark)", StorageBenchmark::main),
        PROJECTION("projection, rebuild, as-of reads and change streams (ProjectionBenchmark)",
                ProjectionBenchmark::main),
        LEDGER("the Merkle tree in memory and on the embedded server (LedgerBenchmark)", LedgerBenchmark::main),
        PERFORMANCE("every figure of docs/performance.md, written into it (PerformanceBenchmark)",
                PerformanceBenchmark::main),
        LOAD("the load run, its report written into docs/reliability.md (LoadRun)", LoadRun::main);

        final String what;
        final Main main;

        Harness(String what, Main main) {
            this.what = what;
            this.main = main;
        }
    }

    @FunctionalInterface
    interface Main {
        void run(String[] args) throws Exception;
    }

    private Bench() {
    }

    public static void main(String[] args) throws Exception {
        Harness harness = args.length == 0 ? null : Arrays.stream(Harness.values())
                .filter(h -> h.name().toLowerCase(Locale.ROOT).equals(args[0])).findFirst().orElse(null);
        if (harness == null) {
            System.err.println("usage: -Dbench=NAME, one of\n" + Arrays.stream(Harness.values())
                    .map(h -> String.format(Locale.ROOT, "  %-12s %s", h.name().toLowerCase(Locale.ROOT), h.what))
                    .collect(Collectors.joining("\n")));
            throw new IllegalArgumentException(args.length == 0 ? "no harness named" : "no harness " + args[0]);
        }
        harness.main.run(Arrays.copyOfRange(args, 1, args.length));
    }
}
