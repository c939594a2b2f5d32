package id.gotong.role;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

import java.time.Clock;
import java.time.Duration;
import java.util.Date;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Spreads the segments of a streaming processor over the processes running it. A tracking processor claims every
 * segment it has a free thread for, so the first query process to start would take them all and the others would
 * idle. Each process therefore announces itself in {@value #COLLECTION} (renewed every interval, expiring after three
 * by the injected clock), and one holding more than its fair share ({@code ceil(segments / processes)}) releases one
 * segment per interval, which a process with fewer claims then takes through the token store. A process that dies
 * stops announcing itself and its claims lapse, so the survivors' share grows and they claim the rest: give every
 * process as many threads as there are segments so that one alone can carry them all.
 */
public final class SegmentBalancer implements SmartLifecycle {

    public static final String COLLECTION = "processors_running";
    private static final Logger log = LoggerFactory.getLogger(SegmentBalancer.class);

    private final EventProcessingConfiguration processing;
    private final String processorName;
    private final MongoCollection<Document> running;
    private final String node;
    private final Clock clock;
    private final Duration interval;
    private ScheduledExecutorService executor;

    public SegmentBalancer(EventProcessingConfiguration processing, String processorName, MongoDatabase database,
                           String node, Clock clock, Duration interval) {
        this.processing = processing;
        this.processorName = processorName;
        this.running = database.getCollection(COLLECTION);
        this.node = node;
        this.clock = clock;
        this.interval = interval;
    }

    /** One round: announce this process, count the live ones, release a segment if this one holds too many. */
    public void balance() {
        StreamingEventProcessor processor = processing.eventProcessor(processorName, StreamingEventProcessor.class)
                .orElse(null);
        if (processor == null || !processor.isRunning()) {
            return;
        }
        Date now = Date.from(clock.instant());
        String id = processorName + " " + node;
        running.replaceOne(Filters.eq("_id", id), new Document("_id", id).append("processor", processorName)
                        .append("node", node).append("expiresAt", Date.from(clock.instant().plus(interval.multipliedBy(3)))),
                new ReplaceOptions().upsert(true));
        long live = running.countDocuments(Filters.and(Filters.eq("processor", processorName),
                Filters.gt("expiresAt", now)));
        TokenStore tokens = processing.tokenStore(processorName);
        int segments = tokens.fetchSegments(processorName).length;
        long share = live == 0 ? segments : (segments + live - 1) / live;
        Map<Integer, ?> held = processor.processingStatus();
        if (held.size() > share) {
            int release = held.keySet().stream().max(Integer::compare).orElseThrow();
            log.info("Segments: {} holds {} of {} segments of {} with {} processes running it; releasing {}",
                    node, held.size(), segments, processorName, live, release);
            processor.releaseSegment(release, interval.multipliedBy(3).toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    @Override
    public void start() {
        executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "gotong-segment-balancer");
            thread.setDaemon(true);
            return thread;
        });
        executor.scheduleWithFixedDelay(this::balanceSafely, interval.toMillis(), interval.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    private void balanceSafely() {
        try {
            balance();
        } catch (RuntimeException e) {
            log.warn("Segments: balancing {} failed; trying again in {}", processorName, interval, e);
        }
    }

    @Override
    public void stop() {
        if (executor == null) {
            return;
        }
        executor.shutdownNow();
        try {
            running.deleteOne(Filters.eq("_id", processorName + " " + node));
        } catch (RuntimeException e) {
            log.debug("Segments: could not withdraw {}; the entry expires", node, e);
        }
    }

    @Override
    public boolean isRunning() {
        return executor != null && !executor.isShutdown();
    }
}
