package id.gotong.ledger.store;

import id.gotong.eventstore.EventLog;
import id.gotong.ledger.Checkpoint;
import id.gotong.ledger.MerkleTree;
import id.gotong.ledger.NoteSigner;
import id.gotong.ledger.TreeNodes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Follows the {@code events} collection on one background thread and appends every stored event, in position order,
 * to the Merkle tree; signs a checkpoint of the grown tree at most every {@code checkpointInterval} (never while the
 * tree is unchanged). Progress survives restarts: the tree size is persisted after every batch and the tree is
 * re-opened from it, and re-appending a batch whose nodes were already written is harmless.
 *
 * <p>Several processes may run an appender on one database; only the holder of the {@link LedgerLease} appends and
 * signs. The others follow: their {@link #tree()} is the tree at the persisted size, re-opened as it grows, so every
 * process answers proofs and tiles. They try to take the lease every {@link #FOLLOW_MS} ms and succeed once the
 * holder stops renewing it; the new holder re-opens the tree at the persisted size and goes on from there.
 *
 * <p>It stops at the first missing position, as every ledger reader must. An event whose leaf cannot be computed
 * (no canonical JSON form) stops the ledger there; the error is logged and retried with back-off.
 */
public final class LedgerAppender implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(LedgerAppender.class);
    private static final long MIN_BACKOFF_MS = 10;
    private static final long MAX_BACKOFF_MS = 200;
    private static final long ERROR_BACKOFF_MS = 2000;
    static final long FOLLOW_MS = 500;

    private final LedgerStore store;
    private final TreeNodes nodes;
    private final NoteSigner signer;
    private final Clock clock;
    private final long intervalNanos;
    private final int batchSize;
    private final LedgerLease lease;
    private final Object signal = new Object();

    private volatile MerkleTree tree;
    private volatile boolean running;
    private volatile boolean leading;
    private Thread thread;
    private long checkpointSize = -1;
    private long lastSignedNanos;

    /** An appender with a lease of its own (15 s), for a single process and tests. */
    public LedgerAppender(LedgerStore store, TreeNodes nodes, NoteSigner signer, Clock clock,
                          Duration checkpointInterval, int batchSize) {
        this(store, nodes, signer, clock, checkpointInterval, batchSize,
                store.lease(LedgerLease.newOwner(), clock, Duration.ofSeconds(15)));
    }

    public LedgerAppender(LedgerStore store, TreeNodes nodes, NoteSigner signer, Clock clock,
                          Duration checkpointInterval, int batchSize, LedgerLease lease) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch size must be positive");
        }
        this.store = store;
        this.nodes = nodes;
        this.signer = signer;
        this.clock = clock;
        this.intervalNanos = checkpointInterval.toNanos();
        this.batchSize = batchSize;
        this.lease = lease;
    }

    /** The tree, or null until the appender has opened it. Reads of sizes up to {@code tree().size()} are safe. */
    public MerkleTree tree() {
        return tree;
    }

    public NoteSigner signer() {
        return signer;
    }

    /** Whether this process holds the lease and appends; otherwise it follows the holder. */
    public boolean leading() {
        return leading;
    }

    public LedgerLease lease() {
        return lease;
    }

    public synchronized void start() {
        if (running) {
            return;
        }
        running = true;
        thread = new Thread(this::run, "gotong-ledger-appender");
        thread.setDaemon(true);
        thread.start();
    }

    /** Stops the thread and gives up the lease, so another process takes over at once. */
    @Override
    public void close() {
        if (halt()) {
            lease.release();
        }
    }

    /** Stops the thread and keeps the lease, as a killed process does: another takes over once it expires. */
    synchronized boolean halt() {
        if (!running) {
            return false;
        }
        running = false;
        synchronized (signal) {
            signal.notifyAll();
        }
        try {
            thread.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        leading = false;
        return true;
    }

    private void run() {
        long backoff = MIN_BACKOFF_MS;
        while (running) {
            try {
                if (!lead()) {
                    follow();
                    pause(FOLLOW_MS);
                    continue;
                }
                if (tree == null) {
                    open();
                }
                int appended = step();
                maybeSign();
                backoff = appended > 0 ? 0 : backoff == 0 ? MIN_BACKOFF_MS : Math.min(backoff * 2, MAX_BACKOFF_MS);
            } catch (RuntimeException e) {
                if (!running) {
                    break;
                }
                log.error("Ledger: cannot append at tree size {}; retrying", tree == null ? "?" : tree.size(), e);
                backoff = ERROR_BACKOFF_MS;
            }
            pause(backoff);
        }
    }

    /** Takes or renews the lease when due; re-opens the tree on taking it. Returns whether this process leads. */
    private boolean lead() {
        if (leading && lease.held() && !lease.due()) {
            return true;
        }
        boolean was = leading;
        boolean continuous = was && lease.held();
        leading = lease.acquire();
        if (leading && !continuous) {
            // Another process may have appended while this one did not hold the lease: go on from what it persisted.
            log.info("Ledger: {} holds the appender lease", lease.owner());
            open();
        } else if (!leading && was) {
            LedgerLease.Holder holder = lease.holder();
            log.warn("Ledger: the appender lease passed to {}; following", holder == null ? "?" : holder.owner());
        }
        return leading;
    }

    /** Keeps {@link #tree()} at the size the holder of the lease has persisted. */
    private void follow() {
        long size = store.treeSize();
        MerkleTree current = tree;
        if (current == null || current.size() != size) {
            tree = MerkleTree.open(nodes, size);
        }
    }

    private void open() {
        long size = store.treeSize();
        MerkleTree opened = MerkleTree.open(nodes, size);
        LedgerStore.StoredCheckpoint latest = store.latestCheckpoint();
        checkpointSize = latest == null ? -1 : latest.treeSize();
        lastSignedNanos = System.nanoTime() - intervalNanos;  // a tree that grew before a crash is signed at once
        tree = opened;
        log.info("Ledger: tree opened at size {}, latest checkpoint at size {}", size, checkpointSize);
    }

    /** Appends the next batch of stored events; returns how many. */
    int step() {
        long size = tree.size();
        List<EventLog.Entry> entries = store.readEvents(size, size + batchSize);
        if (entries.isEmpty()) {
            return 0;
        }
        List<byte[]> leaves = new ArrayList<>(entries.size());
        for (EventLog.Entry entry : entries) {
            try {
                leaves.add(StoredLeaf.bytes(entry.position(), entry.event()));
            } catch (IllegalArgumentException e) {
                if (!leaves.isEmpty()) {
                    break;  // append what precedes it; the next step reports the bad event
                }
                throw new IllegalStateException("event at position " + entry.position() + " has no leaf: "
                        + e.getMessage(), e);
            }
        }
        tree.appendAll(leaves);
        store.saveTreeSize(tree.size());
        return leaves.size();
    }

    private void maybeSign() {
        long size = tree.size();
        if (size > checkpointSize && System.nanoTime() - lastSignedNanos >= intervalNanos) {
            signCheckpoint(size);
        }
    }

    private void signCheckpoint(long size) {
        String note = new Checkpoint(signer.name(), size, tree.root(size)).sign(signer);
        store.saveCheckpoint(size, note, clock.instant());
        checkpointSize = size;
        lastSignedNanos = System.nanoTime();
        log.debug("Ledger: signed checkpoint at size {}", size);
    }

    private void pause(long millis) {
        if (millis <= 0) {
            return;
        }
        synchronized (signal) {
            if (running) {
                try {
                    signal.wait(millis);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    running = false;
                }
            }
        }
    }
}
