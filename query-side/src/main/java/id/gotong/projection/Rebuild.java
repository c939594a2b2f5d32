package id.gotong.projection;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * Folds every stored event into fresh copies of the read models, a page at a time with the dossiers kept in memory,
 * and then puts the copies in place of the read models, which stay readable meanwhile. Reports progress to a listener and to the log every {@link #LOG_EVERY} events.
 */
public final class Rebuild {

    public static final int PAGE = 1000;
    static final long LOG_EVERY = 10_000;
    private static final Logger log = LoggerFactory.getLogger(Rebuild.class);

    private final ReadModels models;
    private final EventHistory history;
    private final Clock clock;

    /**
     * @param processed events folded so far
     * @param total     events stored when the rebuild started (more may arrive; they are folded too)
     * @param position  the last position folded, {@code -1} before any
     */
    public record Progress(long processed, long total, long position, Duration elapsed) {

        public double eventsPerSecond() {
            double seconds = elapsed.toNanos() / 1e9;
            return seconds == 0 ? 0 : processed / seconds;
        }
    }

    public Rebuild(ReadModels models, EventHistory history, Clock clock) {
        this.models = models;
        this.history = history;
        this.clock = clock;
    }

    private static List<Entry> await(Future<List<Entry>> page) {
        try {
            return page.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("rebuild interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** Runs to the head of the event store and returns the final progress. */
    public Progress run(Consumer<Progress> listener) {
        Instant started = clock.instant();
        long total = history.size();
        ReadModels shadow = models.shadow();
        shadow.drop();
        Projector projector = new Projector(shadow, history, change -> {
        }, true);
        long processed = 0;
        long logged = 0;
        long next = 0;
        Progress progress = new Progress(0, total, -1, Duration.ZERO);
        listener.accept(progress);
        // The next page is read and deserialized while this one is folded and written: two cores, two halves.
        ExecutorService reader = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "rebuild-reader");
            thread.setDaemon(true);
            return thread;
        });
        try {
            Future<List<Entry>> ahead = reader.submit(() -> history.from(0, PAGE));
            while (true) {
                List<Entry> page = await(ahead);
                if (page.isEmpty()) {
                    break;
                }
                next = page.get(page.size() - 1).position() + 1;
                long from = next;
                ahead = reader.submit(() -> history.from(from, PAGE));
                projector.project(page);
                processed += page.size();
                progress = new Progress(processed, Math.max(total, next), next - 1,
                        Duration.between(started, clock.instant()));
                listener.accept(progress);
                if (processed - logged >= LOG_EVERY) {
                    logged = processed;
                    log.info("Rebuild: {} / {} events ({} %), {} events/s", processed, progress.total(),
                            progress.total() == 0 ? 100 : processed * 100 / progress.total(),
                            Math.round(progress.eventsPerSecond()));
                }
            }
        } finally {
            reader.shutdownNow();
        }
        projector.flush();
        models.replaceWith(shadow);
        progress = new Progress(processed, Math.max(total, next), next - 1,
                Duration.between(started, clock.instant()));
        log.info("Rebuild done: {} events to position {} in {} ms ({} events/s)", processed, progress.position(),
                progress.elapsed().toMillis(), Math.round(progress.eventsPerSecond()));
        listener.accept(progress);
        return progress;
    }
}
