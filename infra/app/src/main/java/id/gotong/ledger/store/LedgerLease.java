package id.gotong.ledger.store;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import org.bson.BsonDateTime;
import org.bson.BsonDocument;
import org.bson.BsonString;

import java.io.IOException;
import java.net.InetAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * Which process appends to the ledger and signs its checkpoints: the holder of one lease document
 * ({@code ledger_state}, {@code _id: "appender"}, with {@code owner} and {@code expiresAt}). A process takes the lease
 * when there is none or it has expired by the injected clock, keeps it by renewing it well before it expires, and
 * works only while {@link #held()} says so. A process that stops renewing (stopped, killed, cut off from the database)
 * is replaced once its lease expires.
 *
 * <p>The lease keeps one signer at a time; it is not what keeps the tree right. Everything the appender writes is
 * determined by the events (tree nodes by position, signatures over the same checkpoint text), and sizes only move
 * forward ({@code $max}), so a holder that has lost its lease without noticing yet can only write what its successor
 * writes too.
 */
public final class LedgerLease {
    static final BsonString ID = new BsonString("appender");

    private final MongoCollection<BsonDocument> state;
    private final String owner;
    private final Clock clock;
    private final Duration duration;
    private Instant heldUntil = Instant.MIN;

    /** A name for this process's claim: host, process id and a random part, since a restarted process is new. */
    public static String newOwner() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            host = "unknown-host";
        }
        return host + "/" + ProcessHandle.current().pid() + "/" + UUID.randomUUID().toString().substring(0, 8);
    }

    public LedgerLease(MongoDatabase database, String owner, Clock clock, Duration duration) {
        this(database.getCollection(LedgerStore.STATE, BsonDocument.class), owner, clock, duration);
    }

    LedgerLease(MongoCollection<BsonDocument> state, String owner, Clock clock, Duration duration) {
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException("the lease duration must be positive");
        }
        this.state = state;
        this.owner = owner;
        this.clock = clock;
        this.duration = duration;
    }

    public String owner() {
        return owner;
    }

    public Duration duration() {
        return duration;
    }

    /** Whether this process holds the lease by its own last acquisition or renewal and the clock now. */
    public synchronized boolean held() {
        return clock.instant().isBefore(heldUntil);
    }

    /**
     * Takes the lease if it is free, expired or already ours, and extends it by the lease duration; returns whether
     * this process holds it now.
     */
    public synchronized boolean acquire() {
        Instant now = clock.instant();
        Instant until = now.plus(duration);
        BsonDocument lease = new BsonDocument("_id", ID)
                .append("owner", new BsonString(owner))
                .append("expiresAt", new BsonDateTime(until.toEpochMilli()));
        try {
            long matched = state.updateOne(Filters.and(Filters.eq("_id", ID), Filters.or(
                            Filters.eq("owner", owner), Filters.lte("expiresAt", new BsonDateTime(now.toEpochMilli())))),
                    Updates.combine(Updates.set("owner", lease.get("owner")),
                            Updates.set("expiresAt", lease.get("expiresAt")))).getMatchedCount();
            if (matched == 0) {
                state.insertOne(lease);  // no lease yet; a duplicate key means another process holds it
            }
            heldUntil = until;
            return true;
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
            heldUntil = Instant.MIN;
            return false;
        }
    }

    /** Whether the lease should be renewed now: a third of its duration has passed since it was last taken. */
    public synchronized boolean due() {
        if (heldUntil.equals(Instant.MIN)) {
            return true;
        }
        return !clock.instant().isBefore(heldUntil.minus(duration.multipliedBy(2).dividedBy(3)));
    }

    /** Gives the lease up (a graceful stop), so another process takes over without waiting for it to expire. */
    public synchronized void release() {
        if (heldUntil.equals(Instant.MIN)) {
            return;
        }
        state.updateOne(Filters.and(Filters.eq("_id", ID), Filters.eq("owner", owner)),
                Updates.set("expiresAt", new BsonDateTime(clock.instant().toEpochMilli())));
        heldUntil = Instant.MIN;
    }

    /** The current holder and its expiry as stored, or null: for logs, health and tests. */
    public Holder holder() {
        BsonDocument doc = state.find(Filters.eq("_id", ID)).first();
        return doc == null ? null : new Holder(doc.getString("owner").getValue(),
                Instant.ofEpochMilli(doc.getDateTime("expiresAt").getValue()));
    }

    public record Holder(String owner, Instant expiresAt) {
    }
}
