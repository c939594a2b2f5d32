package id.gotong.reliability;

import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/** Counts, errors and latencies per kind of request. */
public final class Latencies {

    /** One kind's figures; latencies in milliseconds. */
    public record Figures(String kind, long count, long errors, double p50, double p99, double max) {
    }

    private static final class Kind {
        private long[] nanos = new long[1024];
        private int count;
        private long errors;

        synchronized void add(long value, boolean error) {
            if (error) {
                errors++;
                return;
            }
            if (count == nanos.length) {
                nanos = Arrays.copyOf(nanos, count * 2);
            }
            nanos[count++] = value;
        }

        synchronized Figures figures(String kind) {
            long[] sorted = Arrays.copyOf(nanos, count);
            Arrays.sort(sorted);
            return new Figures(kind, count, errors, millis(sorted, 0.50), millis(sorted, 0.99),
                    count == 0 ? 0 : sorted[count - 1] / 1e6);
        }

        private static double millis(long[] sorted, double quantile) {
            if (sorted.length == 0) {
                return 0;
            }
            int index = (int) Math.ceil(quantile * sorted.length) - 1;
            return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
        }
    }

    private final Map<String, Kind> kinds = new ConcurrentHashMap<>();

    /** A successful request of this kind that took {@code nanos}. */
    public void success(String kind, long nanos) {
        kinds.computeIfAbsent(kind, k -> new Kind()).add(nanos, false);
    }

    public void error(String kind) {
        kinds.computeIfAbsent(kind, k -> new Kind()).add(0, true);
    }

    /** Every kind's figures, by name. */
    public Map<String, Figures> figures() {
        Map<String, Figures> all = new TreeMap<>();
        kinds.forEach((name, kind) -> all.put(name, kind.figures(name)));
        return all;
    }

    public long successes() {
        return figures().values().stream().mapToLong(Figures::count).sum();
    }

    public long errors() {
        return figures().values().stream().mapToLong(Figures::errors).sum();
    }
}
