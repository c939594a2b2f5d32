package id.gotong.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import de.bwaldvogel.mongo.MongoServer;

/**
 * An in-process MongoDB-wire server on 127.0.0.1, backed by one MVStore file, that acknowledges a write only once it
 * is in the file (see {@link DurableH2Backend}).
 * <p>
 * Committing every write leaves many sparsely filled chunks behind, so the file is compacted offline when the server
 * starts and online every {@code compactionInterval} while it runs.
 */
public final class EmbeddedMongoServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMongoServer.class);

    public static final Duration DEFAULT_COMPACTION_INTERVAL = Duration.ofSeconds(5);
    // Compacting only a file that is half empty keeps the pauses few.
    private static final int COMPACT_BELOW_FILL_RATE = 50;
    // A command blocks its Netty event loop until its commit is done, so the number of loops bounds the group commit.
    private static final int WORKER_THREADS = 16;

    private final Path dataFile;
    private final DurableH2Backend backend;
    private final MongoServer server;
    private final ScheduledExecutorService compactor;
    private final int port;
    private boolean closed;

    private EmbeddedMongoServer(Path dataFile, DurableH2Backend backend, MongoServer server,
                                ScheduledExecutorService compactor) {
        this.dataFile = dataFile;
        this.backend = backend;
        this.server = server;
        this.compactor = compactor;
        this.port = server.getLocalAddress().getPort();
    }

    /** Starts a server on {@code dataFile} (created if missing) listening on 127.0.0.1:{@code port}, 0 for any. */
    public static EmbeddedMongoServer start(Path dataFile, int port) {
        return start(dataFile, port, DEFAULT_COMPACTION_INTERVAL);
    }

    /** As {@link #start(Path, int)}, checking every {@code compactionInterval} whether the file needs compacting. */
    public static EmbeddedMongoServer start(Path dataFile, int port, Duration compactionInterval) {
        Path file = dataFile.toAbsolutePath();
        compactOffline(file);
        DurableH2Backend backend = DurableH2Backend.open(file);
        MongoServer server = new MongoServer(backend);
        // On failure bind() shuts the server down, which closes the backend and its file.
        server.bind(new InetSocketAddress("127.0.0.1", port), 1, WORKER_THREADS);

        ScheduledExecutorService compactor = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "embedded-mongo-compactor");
            thread.setDaemon(true);
            return thread;
        });
        EmbeddedMongoServer embedded = new EmbeddedMongoServer(file, backend, server, compactor);
        long intervalMillis = compactionInterval.toMillis();
        compactor.scheduleWithFixedDelay(embedded::compactIfSparse, intervalMillis, intervalMillis,
            TimeUnit.MILLISECONDS);
        log.info("embedded MongoDB-wire server on {} with data file {}", embedded.connectionString(), file);
        return embedded;
    }

    /**
     * A server on a memory-only store with the same index key order and nothing durable: for tests about documents
     * rather than files. Not yet bound; the caller binds and shuts it down.
     */
    public static MongoServer inMemory() {
        MVStore store = MVStore.open(null);
        KeyOrderedIndexes.prepare(store);
        return new MongoServer(new KeyOrderedIndexes.Backend(store));
    }

    private static void compactOffline(Path file) {
        try {
            if (!Files.exists(file)) {
                Files.createDirectories(file.getParent());
                return;
            }
            long before = Files.size(file);
            if (before == 0) {
                return;
            }
            long started = System.nanoTime();
            MVStore.compact(file.toString(), false, null);
            log.info("compacted {} from {} to {} bytes in {} ms", file, before, Files.size(file),
                (System.nanoTime() - started) / 1_000_000);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String connectionString() {
        return "mongodb://127.0.0.1:" + port();
    }

    public int port() {
        return port;
    }

    public Path dataFile() {
        return dataFile;
    }

    /** Compacts the file now, as the periodic compaction does once the file is half empty. */
    public void compact() {
        backend.compact();
    }

    private void compactIfSparse() {
        try {
            if (backend.fillRate() < COMPACT_BELOW_FILL_RATE) {
                long before = Files.size(dataFile);
                long started = System.nanoTime();
                backend.compact();
                log.debug("compacted {} from {} to {} bytes in {} ms", dataFile, before, Files.size(dataFile),
                    (System.nanoTime() - started) / 1_000_000);
            }
        } catch (IOException | RuntimeException e) {
            log.warn("compaction of {} failed", dataFile, e);
        }
    }

    /** Stops listening, closes the connections and commits and closes the file. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        // Not shutdownNow(): interrupting a compaction in the middle of file I/O would close the MVStore's channel.
        compactor.shutdown();
        try {
            compactor.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        server.shutdownNow();
    }
}
