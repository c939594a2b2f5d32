package id.gotong.embedded;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantReadWriteLock;

import org.h2.mvstore.FileStore;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.RandomAccessStore;

import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.message.MongoQuery;
import io.netty.channel.Channel;

/**
 * An H2 backend that acknowledges a write command only after an MVStore commit that happened after the
 * command's changes were applied (group commit: one commit may cover the commands of several connections).
 * <p>
 * Every command applies its changes under the shared side of {@link #storeLock}; commits and compactions take the
 * exclusive side. MVStore stores each map's root separately, so without this a commit could capture a document
 * without its unique-index entries. For the same reason MVStore's own auto-commit (the background writer and the
 * commit a writing thread triggers when unsaved memory piles up) is switched off in {@link #open(Path)}.
 * <p>
 * Commits are written to the file but not fsync'ed: acknowledged writes survive a process crash, not a power loss.
 */
final class DurableH2Backend extends KeyOrderedIndexes.Backend {

    // Everything else, including names we do not know, is treated as a write: a needless commit is cheap.
    private static final Set<String> READ_ONLY_COMMANDS = Set.of(
        "find", "getmore", "count", "distinct", "listcollections", "listindexes", "listdatabases",
        "dbstats", "collstats", "validate", "ping", "ismaster", "hello", "buildinfo", "serverstatus",
        "whatsmyuri", "killcursors", "getlasterror", "connectionstatus", "hostinfo", "getlog",
        "getcmdlineopts", "getfreemonitoringstatus", "endsessions", "replsetgetstatus");

    private static final int TARGET_FILL_RATE = 90;
    private static final int COMPACTION_STEP_BYTES = 16 * 1024 * 1024;
    private static final int MAX_COMPACTION_STEPS = 32;
    private volatile boolean closed;

    private final ReentrantReadWriteLock storeLock = new ReentrantReadWriteLock();
    private final AtomicLong appliedWrites = new AtomicLong();
    private final Object commitMonitor = new Object();
    private long committedWrites;
    private boolean commitInProgress;

    private DurableH2Backend(MVStore mvStore) {
        super(mvStore);
    }

    static DurableH2Backend open(Path dataFile) {
        MVStore mvStore = new MVStore.Builder()
            .fileName(dataFile.toString())
            .autoCommitDisabled()
            .autoCommitBufferSize(0)
            .open();
        // Dead chunks may be overwritten by the next commit: no command reads across a commit (each holds the shared
        // lock), and without fsync a retention time buys nothing. Otherwise the file grows by a chunk per commit.
        mvStore.setRetentionTime(0);
        mvStore.setVersionsToKeep(0);
        KeyOrderedIndexes.prepare(mvStore);
        return new DurableH2Backend(mvStore);
    }

    @Override
    public Document handleCommand(Channel channel, String databaseName, String command, Document query) {
        boolean write = isWrite(command, query);
        long ticket = 0;
        storeLock.readLock().lock();
        try {
            return super.handleCommand(channel, databaseName, command, query);
        } finally {
            if (write) {
                ticket = appliedWrites.incrementAndGet();
            }
            storeLock.readLock().unlock();
            // Also when the command failed: it may have applied part of its changes before the error is reported.
            if (write) {
                awaitCommitCovering(ticket);
            }
        }
    }

    @Override
    public QueryResult handleQuery(MongoQuery query) {
        storeLock.readLock().lock();
        try {
            return super.handleQuery(query);
        } finally {
            storeLock.readLock().unlock();
        }
    }

    /** Commits now, through the same group commit as the write commands. */
    @Override
    public void commit() {
        awaitCommitCovering(appliedWrites.incrementAndGet());
    }

    /** The lower of two fill rates: live bytes in the chunks, and chunks in the file. */
    int fillRate() {
        FileStore<?> fileStore = getMvStore().getFileStore();
        return Math.min(fileStore.getChunksFillRate(), fileStore.getFillRate());
    }

    /**
     * One bounded compaction step; writes wait meanwhile. Every commit writes a new chunk, and a single page still in
     * use keeps its whole chunk, so the file fills with mostly dead chunks. This rewrites the live pages of sparse
     * chunks, then moves chunks into the holes and truncates the file.
     *
     * @return whether the step changed anything
     */
    boolean compactStep() {
        storeLock.writeLock().lock();
        try {
            if (closed) {
                return false;
            }
            MVStore mvStore = getMvStore();
            boolean rewritten = mvStore.compact(TARGET_FILL_RATE, COMPACTION_STEP_BYTES);
            mvStore.commit();
            if (!(mvStore.getFileStore() instanceof RandomAccessStore fileStore)) {
                return rewritten;
            }
            long size = fileStore.size();
            fileStore.compactMoveChunks(TARGET_FILL_RATE, COMPACTION_STEP_BYTES, mvStore);
            return rewritten || fileStore.size() < size;
        } finally {
            storeLock.writeLock().unlock();
        }
    }

    /** Compacts step by step, letting writes through in between, until the file is dense or no step helps. */
    void compact() {
        for (int step = 0; step < MAX_COMPACTION_STEPS && !closed && fillRate() < TARGET_FILL_RATE; step++) {
            if (!compactStep()) {
                return;
            }
        }
    }

    @Override
    public void close() {
        storeLock.writeLock().lock();
        try {
            // A compaction between steps must not start another on a closed store.
            closed = true;
            super.close();
        } finally {
            storeLock.writeLock().unlock();
        }
    }

    /**
     * Returns once a commit that started after write number {@code ticket} was applied has completed. The first
     * waiter commits for everybody; the others wait for it and return if its commit covered them.
     */
    private void awaitCommitCovering(long ticket) {
        synchronized (commitMonitor) {
            while (committedWrites < ticket) {
                if (!commitInProgress) {
                    commitInProgress = true;
                    break;
                }
                awaitCommitSignal();
            }
            if (committedWrites >= ticket) {
                return;
            }
        }
        long covered = 0;
        try {
            covered = commitAppliedWrites();
        } finally {
            synchronized (commitMonitor) {
                committedWrites = Math.max(committedWrites, covered);
                commitInProgress = false;
                commitMonitor.notifyAll();
            }
        }
    }

    private long commitAppliedWrites() {
        storeLock.writeLock().lock();
        try {
            // Under the exclusive lock no command is half-applied, and every ticket up to here is fully applied.
            long covered = appliedWrites.get();
            MVStore mvStore = getMvStore();
            mvStore.commit();
            // A closed store (after close() or a panic) ignores commit(): do not acknowledge anything then.
            if (mvStore.isClosed()) {
                throw new IllegalStateException("the data file is closed");
            }
            return covered;
        } finally {
            storeLock.writeLock().unlock();
        }
    }

    private void awaitCommitSignal() {
        try {
            commitMonitor.wait();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a commit", e);
        }
    }

    static boolean isWrite(String command, Document query) {
        String name = command.toLowerCase(Locale.ROOT);
        if (name.equals("aggregate")) {
            return hasWritingStage(query.get("pipeline"));
        }
        return !READ_ONLY_COMMANDS.contains(name);
    }

    private static boolean hasWritingStage(Object pipeline) {
        if (!(pipeline instanceof List<?> stages)) {
            return true;
        }
        return stages.stream().anyMatch(stage -> !(stage instanceof Document document)
            || document.containsKey("$out") || document.containsKey("$merge"));
    }
}
