package id.gotong.projection;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.UnableToClaimTokenException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

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
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs a {@link Rebuild} for the operator: one at a time, in the background, with the live processor stopped while
 * it runs and then restarted at the last position the rebuild folded, so no event is skipped or folded twice. With
 * several query processes it holds every segment of the processor while it runs, and refuses to start while another
 * process holds one ({@link Claims}).
 */
public class Rebuilds {

    private static final Logger log = LoggerFactory.getLogger(Rebuilds.class);

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
        boolean wasRunning = processor.map(StreamingEventProcessor::isRunning).orElse(false);
        processor.ifPresent(StreamingEventProcessor::shutDown);
        Claims claims = null;
        try {
            claims = Claims.all(processing.tokenStore(LiveProjection.PROCESSING_GROUP),
                    LiveProjection.PROCESSING_GROUP);
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
            if (claims != null) {
                claims.release();
            }
            if (wasRunning) {
                processor.ifPresent(StreamingEventProcessor::start);
            }
        }
        return status;
    }

    /**
     * Every segment of the live processor, claimed by this process for the whole rebuild: a query process elsewhere
     * must not project into the read models the rebuild is about to replace, and must not move the tokens the rebuild
     * resets. Claiming fails at once if another process holds a segment; the claims are extended while the rebuild
     * runs, since the token store lets a claim lapse after a few seconds without it.
     */
    static final class Claims {
        private static final long EXTEND_EVERY_MS = 2_000;

        private final TokenStore tokens;
        private final String processor;
        private final int[] segments;
        private final ScheduledExecutorService extender;

        private Claims(TokenStore tokens, String processor, int[] segments) {
            this.tokens = tokens;
            this.processor = processor;
            this.segments = segments;
            this.extender = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread thread = new Thread(r, "gotong-rebuild-claims");
                thread.setDaemon(true);
                return thread;
            });
        }

        static Claims all(TokenStore tokens, String processor) {
            int[] segments = tokens.fetchSegments(processor);
            int claimed = 0;
            try {
                for (; claimed < segments.length; claimed++) {
                    tokens.fetchToken(processor, segments[claimed]);
                }
            } catch (UnableToClaimTokenException e) {
                for (int i = 0; i < claimed; i++) {
                    tokens.releaseClaim(processor, segments[i]);
                }
                throw new IllegalStateException("segment " + segments[claimed] + " of the processor " + processor
                        + " is claimed by another query process; stop the projection of the other query processes "
                        + "before a rebuild (infra/README.md, \"Rebuilding the read models\")", e);
            }
            Claims claims = new Claims(tokens, processor, segments);
            claims.extender.scheduleWithFixedDelay(claims::extend, EXTEND_EVERY_MS, EXTEND_EVERY_MS,
                    TimeUnit.MILLISECONDS);
            return claims;
        }

        private void extend() {
            for (int segment : segments) {
                try {
                    tokens.extendClaim(processor, segment);
                } catch (RuntimeException e) {
                    log.warn("Rebuild: cannot extend the claim on segment {} of {}", segment, processor, e);
                }
            }
        }

        void release() {
            extender.shutdownNow();
            for (int segment : segments) {
                try {
                    tokens.releaseClaim(processor, segment);
                } catch (RuntimeException e) {
                    log.warn("Rebuild: cannot release segment {} of {}; its claim lapses on its own", segment,
                            processor, e);
                }
            }
        }
    }

    public void shutdown() {
        worker.shutdownNow();
    }
}
