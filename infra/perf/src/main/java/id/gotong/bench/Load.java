package id.gotong.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/** A closed loop: each of {@code clients} threads sends one request, waits for its answer, sends the next. */
final class Load {

    /** One request; true if it succeeded. */
    @FunctionalInterface
    interface Request {
        boolean send(int client, long sequence) throws Exception;
    }

    /** Requests per second (successful or not) and latencies of the successful ones, in milliseconds. */
    record Result(int clients, long requests, long errors, double seconds, double p50, double p99, String firstError) {

        double rate() {
            return requests / seconds;
        }
    }

    private Load() {
    }

    static Result run(int clients, double seconds, Request request) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        CountDownLatch go = new CountDownLatch(1);
        AtomicReference<String> firstError = new AtomicReference<>();
        long[] window = new long[2];
        List<Future<long[]>> results = new ArrayList<>();
        try {
            for (int c = 0; c < clients; c++) {
                int client = c;
                results.add(pool.submit(() -> {
                    go.await();
                    long[] latencies = new long[1024];
                    int count = 0;
                    long errors = 0;
                    while (System.nanoTime() < window[1]) {
                        long start = System.nanoTime();
                        boolean ok;
                        try {
                            ok = request.send(client, count + errors);
                        } catch (Exception e) {
                            firstError.compareAndSet(null, e.toString());
                            ok = false;
                        }
                        long took = System.nanoTime() - start;
                        if (ok) {
                            if (count == latencies.length) {
                                latencies = Arrays.copyOf(latencies, count * 2);
                            }
                            latencies[count++] = took;
                        } else {
                            errors++;
                            firstError.compareAndSet(null, "request refused");
                        }
                    }
                    long[] mine = Arrays.copyOf(latencies, count + 1);
                    mine[count] = errors;  // the last slot carries the error count
                    return mine;
                }));
            }
            window[0] = System.nanoTime();
            window[1] = window[0] + (long) (seconds * 1e9);
            go.countDown();
            List<long[]> perClient = new ArrayList<>();
            for (Future<long[]> result : results) {
                perClient.add(result.get());
            }
            double elapsed = (System.nanoTime() - window[0]) / 1e9;
            long errors = perClient.stream().mapToLong(l -> l[l.length - 1]).sum();
            long[] all = perClient.stream().flatMapToLong(l -> Arrays.stream(l, 0, l.length - 1)).sorted().toArray();
            return new Result(clients, all.length + errors, errors, elapsed, percentile(all, 0.50),
                    percentile(all, 0.99), firstError.get());
        } finally {
            pool.shutdownNow();
            pool.awaitTermination(1, TimeUnit.MINUTES);
        }
    }

    /** Nearest rank, in milliseconds; 0 for no values. */
    static double percentile(long[] sortedNanos, double p) {
        if (sortedNanos.length == 0) {
            return 0;
        }
        int rank = (int) Math.ceil(p * sortedNanos.length);
        return sortedNanos[Math.max(0, Math.min(sortedNanos.length - 1, rank - 1))] / 1e6;
    }
}
