package id.gotong.projection;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.StreamingEventProcessor;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs a {@link Rebuild} for the operator: one at a time, in the background, with the live processor stopped while
 * it runs and then restarted at the last position the rebuild folded, so no event is skipped or folded twice.
 */
public class Rebuilds {

    public enum State { IDLE, RUNNING, DONE, FAILED }

    public record Status(State state, Rebuild.Progress progress, Instant startedAt, Instant finishedAt,
                         String error) {
    }

    private final Rebuild rebuild;
    private final EventProcessingConfiguration processing;
    private final Clock clock;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "gotong-rebuild");
        thread.setDaemon(true);
        return thread;
    });
    private volatile Status status = new Status(State.IDLE, null, null, null, null);
    private volatile Future<?> running = CompletableFuture.completedFuture(null);

    public Rebuilds(Rebuild rebuild, EventProcessingConfiguration processing, Clock clock) {
        this.rebuild = rebuild;
        this.processing = processing;
        this.clock = clock;
    }

    public Status status() {
        return status;
    }

    /** Starts a rebuild unless one is running; returns the status either way. */
    public synchronized Status start() {
        if (status.state() == State.RUNNING) {
            return status;
        }
        status = new Status(State.RUNNING, null, clock.instant(), null, null);
        running = worker.submit(() -> runNow());
        return status;
    }

    /** Waits for the rebuild started last to end, and returns its status. */
    public Status await(Duration timeout) throws InterruptedException, TimeoutException {
        try {
            running.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            // the status says FAILED and why
        }
        return status;
    }

    /** Rebuilds on the calling thread. */
    public Status runNow() {
        return runNow(progress -> {
        });
    }

    /** Rebuilds on the calling thread, telling {@code listener} about progress too. */
    public Status runNow(Consumer<Rebuild.Progress> listener) {
        Instant started = status.state() == State.RUNNING ? status.startedAt() : clock.instant();
        status = new Status(State.RUNNING, null, started, null, null);
        Optional<StreamingEventProcessor> processor = processing
                .eventProcessor(LiveProjection.PROCESSING_GROUP, StreamingEventProcessor.class);
        processor.ifPresent(StreamingEventProcessor::shutDown);
        try {
            Rebuild.Progress done = rebuild.run(progress -> {
                status = new Status(State.RUNNING, progress, started, null, null);
                listener.accept(progress);
            });
            processor.ifPresent(p -> p.resetTokens(source ->
                    done.position() < 0 ? null : new GlobalSequenceTrackingToken(done.position())));
            status = new Status(State.DONE, done, started, clock.instant(), null);
        } catch (RuntimeException e) {
            status = new Status(State.FAILED, status.progress(), started, clock.instant(), e.toString());
            throw e;
        } finally {
            processor.ifPresent(StreamingEventProcessor::start);
        }
        return status;
    }

    public void shutdown() {
        worker.shutdownNow();
    }
}
