package id.gotong.eventstore;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.MongoWriteException;
import com.mongodb.WriteError;
import com.mongodb.bulk.BulkWriteError;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.InsertManyOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.ReplaceOptions;
import id.gotong.act.AppendedEvents;
import org.axonframework.common.AxonConfigurationException;
import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.EventUtils;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.TrackedEventData;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.BatchingEventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.bson.BsonArray;
import org.bson.BsonDocument;
import org.bson.BsonString;
import org.bson.BsonValue;
import org.bson.conversions.Bson;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.LongStream;
import java.util.stream.Stream;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;
import static id.gotong.eventstore.CommitDocument.AGGREGATE_ID;
import static id.gotong.eventstore.CommitDocument.AGGREGATE_KEYS;
import static id.gotong.eventstore.CommitDocument.COMMITTED_AT;
import static id.gotong.eventstore.CommitDocument.COUNT;
import static id.gotong.eventstore.CommitDocument.EVENTS;
import static id.gotong.eventstore.CommitDocument.EVENT_IDS;
import static id.gotong.eventstore.CommitDocument.ID;
import static id.gotong.eventstore.CommitDocument.POSITIONS;
import static id.gotong.eventstore.CommitDocument.SEQUENCE_NUMBER;

/**
 * An Axon event storage engine on MongoDB whose global positions start at 0, have no gaps or duplicates and never
 * change. Positions are claimed optimistically: a writer inserts its commit at the position after the last commit it
 * knows of; a duplicate-key error on {@code positions} means another writer (in this or another process) got there
 * first, so it reads forward and tries again. Commits only ever follow an existing commit, so the positions that are
 * taken always form the prefix 0..n-1.
 * <p>
 * With group commit (the default), units of work appending at the same time share one ordered insert: they queue,
 * one of them (the leader) numbers all queued commits consecutively from the head and writes them together; each
 * caller still gets its own outcome (see {@code docs/event-store.md}).
 */
public class MongoLedgerStorageEngine extends BatchingEventStorageEngine {

    static final String SNAPSHOT_SEQUENCE = SEQUENCE_NUMBER;
    private static final int MAX_APPEND_ATTEMPTS = 100_000;
    public static final int DEFAULT_MAX_COMMITS_PER_WRITE = 64;

    private final MongoCollection<BsonDocument> commits;
    private final MongoCollection<BsonDocument> snapshots;
    private final Clock clock;
    private final boolean groupCommit;
    private final int maxCommitsPerWrite;
    /** Held by whoever writes; with group commit that is only ever the current leader. */
    private final ReentrantLock appendLock = new ReentrantLock();
    private final ReentrantLock queueLock = new ReentrantLock();
    private final Condition writeFinished = queueLock.newCondition();
    /** Only a held leader ({@link #holdNextWriteUntilQueued}) waits for this; waking every caller would be waste. */
    private final Condition commitQueued = queueLock.newCondition();
    private final ArrayDeque<PendingCommit> queue = new ArrayDeque<>();
    private boolean leaderActive;
    private int holdUntilQueued;
    private final AtomicLong insertCommands = new AtomicLong();
    private volatile Head head;

    /** One caller's commit; its outcome (a position or a failure) is set by whoever writes it. */
    private static final class PendingCommit {
        final CommitDocument.Draft draft;
        long firstPosition = -1;
        RuntimeException failure;
        boolean done;

        PendingCommit(CommitDocument.Draft draft) {
            this.draft = draft;
        }

        boolean undecided() {
            return firstPosition < 0 && failure == null;
        }
    }

    /** The next free global position as far as this instance knows, and the commit time of the commit before it. */
    private record Head(long next, Instant lastCommittedAt) {
    }

    protected MongoLedgerStorageEngine(Builder builder) {
        super(builder);
        this.commits = builder.database.getCollection(builder.eventsCollection, BsonDocument.class);
        this.snapshots = builder.database.getCollection(builder.snapshotsCollection, BsonDocument.class);
        this.clock = builder.clock;
        this.groupCommit = builder.groupCommit;
        this.maxCommitsPerWrite = builder.groupCommit ? builder.maxCommitsPerWrite : 1;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Creates the unique indexes the engine relies on; safe to call on every start. */
    public void ensureIndexes() {
        commits.createIndex(Indexes.ascending(POSITIONS), new IndexOptions().unique(true).name("positions"));
        commits.createIndex(Indexes.ascending(AGGREGATE_KEYS),
                new IndexOptions().unique(true).sparse(true).name("aggregateKeys"));
        commits.createIndex(Indexes.ascending(EVENT_IDS), new IndexOptions().unique(true).name("eventIds"));
    }

    @Override
    protected void appendEvents(List<? extends EventMessage<?>> events, Serializer serializer) {
        if (events.isEmpty()) {
            return;
        }
        PendingCommit commit = new PendingCommit(CommitDocument.draft(events, serializer));
        if (groupCommit) {
            submit(commit);
        } else {
            appendLock.lock();
            try {
                write(List.of(commit));
            } finally {
                appendLock.unlock();
            }
        }
        if (commit.failure != null) {
            throw commit.failure;
        }
        reportAppended(events, commit.firstPosition);
    }

    /**
     * Queues the commit and waits for its outcome. The first caller that finds no write in progress becomes the
     * leader: it writes everything queued (its own commit included) and hands over when its own commit is done. A
     * lone caller therefore writes at once; callers arriving during a write share the next one.
     */
    private void submit(PendingCommit commit) {
        queueLock.lock();
        try {
            queue.add(commit);
            commitQueued.signal();
            while (!commit.done) {
                if (leaderActive) {
                    // Not interruptible: a queued commit may be written by the leader at any time, so its caller
                    // must stay to learn the outcome.
                    writeFinished.awaitUninterruptibly();
                } else {
                    leaderActive = true;
                    try {
                        lead(commit);
                    } finally {
                        leaderActive = false;
                        writeFinished.signalAll();
                    }
                }
            }
        } finally {
            queueLock.unlock();
        }
    }

    /** Runs with {@link #queueLock} held, releasing it while a batch is written. */
    private void lead(PendingCommit own) {
        while (!own.done) {
            awaitHeldBatch();
            List<PendingCommit> batch = new ArrayList<>(Math.min(queue.size(), maxCommitsPerWrite));
            while (!queue.isEmpty() && batch.size() < maxCommitsPerWrite) {
                batch.add(queue.poll());
            }
            queueLock.unlock();
            try {
                appendLock.lock();
                try {
                    write(batch);
                } finally {
                    appendLock.unlock();
                }
            } catch (Throwable e) {
                batch.stream().filter(PendingCommit::undecided).forEach(c -> c.failure =
                        new EventStoreException("The write this commit was part of failed", e));
                throw e;
            } finally {
                queueLock.lock();
                batch.forEach(c -> c.done = true);
                writeFinished.signalAll();
            }
        }
    }

    /** Test hook: the next leader waits (at most 10 s) until this many commits are queued, its own included. */
    void holdNextWriteUntilQueued(int commits) {
        queueLock.lock();
        try {
            holdUntilQueued = commits;
        } finally {
            queueLock.unlock();
        }
    }

    int queuedCommits() {
        queueLock.lock();
        try {
            return queue.size();
        } finally {
            queueLock.unlock();
        }
    }

    /** Insert commands sent so far (one per write, whatever the number of commits in it). */
    long insertCommands() {
        return insertCommands.get();
    }

    private void awaitHeldBatch() {
        long remaining = TimeUnit.SECONDS.toNanos(10);
        try {
            while (queue.size() < holdUntilQueued && remaining > 0) {
                remaining = commitQueued.awaitNanos(remaining);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            holdUntilQueued = 0;
        }
    }

    /**
     * Writes the commits in this order at consecutive positions from the head, one insert for all of them, and sets
     * each one's outcome. An ordered insert stops at the first failing document: the commits before it are stored,
     * the failing one is rejected or, if another writer took its position, retried with the rest after the new head.
     * Runs under {@link #appendLock}.
     */
    private void write(List<PendingCommit> batch) {
        int from = 0;
        try {
            Head current = head != null ? head : findHead();
            int clashes = 0;
            while (from < batch.size()) {
                List<PendingCommit> rest = batch.subList(from, batch.size());
                Instant committedAt = latest(clock.instant(), current.lastCommittedAt());
                List<BsonDocument> documents = new ArrayList<>(rest.size());
                long next = current.next();
                for (PendingCommit commit : rest) {
                    documents.add(commit.draft.at(next, committedAt));
                    next += commit.draft.events().size();
                }
                WriteFailure failure = insert(documents);
                int stored = failure == null ? rest.size() : failure.index();
                for (int i = 0; i < stored; i++) {
                    PendingCommit commit = rest.get(i);
                    commit.firstPosition = CommitDocument.first(documents.get(i));
                    current = new Head(commit.firstPosition + commit.draft.events().size(), committedAt);
                }
                from += stored;
                if (failure == null) {
                    break;
                }
                PendingCommit failed = batch.get(from);
                if (failure.duplicateKey()) {
                    failed.failure = rejectionIfAlreadyStored(failed.draft);
                    if (failed.failure == null) {
                        if (++clashes >= MAX_APPEND_ATTEMPTS) {
                            throw new EventStoreException(
                                    "No free global position after " + MAX_APPEND_ATTEMPTS + " attempts");
                        }
                        current = advance(current);
                        continue;
                    }
                } else {
                    failed.failure = failure.exception();
                }
                from++;
            }
            head = current;
        } catch (RuntimeException e) {
            // The outcome of a failed insert is unknown to us: re-read the head before the next append.
            head = null;
            for (PendingCommit commit : batch.subList(from, batch.size())) {
                if (commit.undecided()) {
                    commit.failure = e;
                }
            }
        }
    }

    /** The first document an insert refused, and why; the documents before it are stored, those after it not. */
    private record WriteFailure(int index, boolean duplicateKey, RuntimeException exception) {
    }

    private WriteFailure insert(List<BsonDocument> documents) {
        insertCommands.incrementAndGet();
        if (documents.size() == 1) {
            try {
                commits.insertOne(documents.get(0));
                return null;
            } catch (MongoWriteException e) {
                return new WriteFailure(0, e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY, e);
            }
        }
        try {
            commits.insertMany(documents, new InsertManyOptions().ordered(true));
            return null;
        } catch (MongoBulkWriteException e) {
            if (e.getWriteConcernError() != null || e.getWriteErrors().isEmpty()) {
                throw e;
            }
            BulkWriteError error = e.getWriteErrors().stream().min(Comparator.comparingInt(BulkWriteError::getIndex))
                                    .orElseThrow();
            // The caller of that commit gets what a single insertOne would have thrown.
            MongoWriteException single = new MongoWriteException(
                    new WriteError(error.getCode(), error.getMessage(), error.getDetails()), e.getServerAddress(),
                    e.getErrorLabels());
            return new WriteFailure(error.getIndex(), error.getCategory() == ErrorCategory.DUPLICATE_KEY, single);
        }
    }

    /** Tells the command that caused this append which positions its events got (see {@link AppendedEvents}). */
    private static void reportAppended(List<? extends EventMessage<?>> events, long firstPosition) {
        if (!CurrentUnitOfWork.isStarted()) {
            return;
        }
        AppendedEvents appended = CurrentUnitOfWork.get().root().getResource(AppendedEvents.RESOURCE);
        if (appended != null) {
            for (int i = 0; i < events.size(); i++) {
                appended.add(events.get(i).getIdentifier(), firstPosition + i);
            }
        }
    }

    /**
     * After a duplicate key: {@link ConcurrencyException} if an aggregate sequence of the draft is taken, an error if
     * one of its events is already stored, null if neither (another writer took the position).
     */
    private RuntimeException rejectionIfAlreadyStored(CommitDocument.Draft draft) {
        if (!draft.aggregateKeys().isEmpty()) {
            BsonDocument clash = commits.find(in(AGGREGATE_KEYS, draft.aggregateKeys()))
                                        .projection(Projections.include(AGGREGATE_KEYS)).first();
            if (clash != null) {
                List<String> taken = clash.getArray(AGGREGATE_KEYS).stream()
                                          .map(v -> v.asString().getValue())
                                          .filter(draft.aggregateKeys()::contains)
                                          .toList();
                return new ConcurrencyException("Another commit already holds aggregate sequence " + taken
                                                        + " (aggregateId|sequenceNumber)");
            }
        }
        BsonDocument sameEvent = commits.find(in(EVENT_IDS, draft.eventIds()))
                                        .projection(Projections.include(ID)).first();
        if (sameEvent != null) {
            return new EventStoreException("An event of this commit is already stored at position "
                                                   + CommitDocument.first(sameEvent));
        }
        return null;
    }

    private static Instant latest(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    /** Walks forward over commits other writers appended until the first free position. */
    private Head advance(Head from) {
        long next = from.next();
        Instant last = from.lastCommittedAt();
        BsonDocument commit;
        while ((commit = commitAt(next)) != null) {
            next = CommitDocument.first(commit) + CommitDocument.count(commit);
            last = CommitDocument.committedAt(commit);
        }
        return new Head(next, last);
    }

    /**
     * Finds the first free position with O(log n) equality lookups; a range query or sort would scan the whole
     * collection on the embedded server. Works because taken positions are always a prefix.
     */
    private Head findHead() {
        if (commitAt(0) == null) {
            return new Head(0, Instant.EPOCH);
        }
        long taken = 0;
        long free = 1;
        while (commitAt(free) != null) {
            taken = free;
            free = free * 2;
        }
        while (free - taken > 1) {
            long middle = taken + (free - taken) / 2;
            if (commitAt(middle) != null) {
                taken = middle;
            } else {
                free = middle;
            }
        }
        BsonDocument last = commitAt(taken);
        return new Head(CommitDocument.first(last) + CommitDocument.count(last), CommitDocument.committedAt(last));
    }

    private BsonDocument commitAt(long position) {
        return commits.find(eq(POSITIONS, position))
                      .projection(Projections.include(ID, COUNT, COMMITTED_AT))
                      .first();
    }

    /** The global position of the event with this Axon event identifier, if it is stored. */
    public java.util.OptionalLong positionOf(String eventId) {
        BsonDocument commit = commits.find(eq(EVENT_IDS, eventId)).projection(Projections.include(ID, EVENT_IDS)).first();
        if (commit == null) {
            return java.util.OptionalLong.empty();
        }
        BsonArray ids = commit.getArray(EVENT_IDS);
        for (int i = 0; i < ids.size(); i++) {
            if (eventId.equals(ids.get(i).asString().getValue())) {
                return java.util.OptionalLong.of(CommitDocument.first(commit) + i);
            }
        }
        return java.util.OptionalLong.empty();
    }

    /** The number of events stored, i.e. the next global position, read from the database. */
    public long nextPosition() {
        Head known = head;
        Head fresh = advance(known != null ? known : findHead());
        return fresh.next();
    }

    @Override
    protected List<? extends TrackedEventData<?>> fetchTrackedEvents(TrackingToken lastToken, int batchSize) {
        long from = lastToken == null ? 0 : lastToken.position().orElse(-1) + 1;
        return EventLog.read(commits, from, from + batchSize).stream()
                       .map(entry -> StoredEvent.tracked(entry.position(), entry.event()))
                       .toList();
    }

    @Override
    protected List<? extends DomainEventData<?>> fetchDomainEvents(String aggregateIdentifier,
                                                                   long firstSequenceNumber, int batchSize) {
        List<String> keys = LongStream.range(firstSequenceNumber, firstSequenceNumber + batchSize)
                                      .mapToObj(seq -> CommitDocument.aggregateKey(aggregateIdentifier, seq))
                                      .toList();
        List<DomainEventData<?>> result = new ArrayList<>();
        for (BsonDocument commit : commitsOrdered(in(AGGREGATE_KEYS, keys))) {
            for (BsonValue value : commit.getArray(EVENTS)) {
                BsonDocument event = value.asDocument();
                if (event.containsKey(AGGREGATE_ID)
                        && aggregateIdentifier.equals(event.getString(AGGREGATE_ID).getValue())
                        && event.getInt64(SEQUENCE_NUMBER).getValue() >= firstSequenceNumber) {
                    result.add(StoredEvent.domain(event));
                }
            }
        }
        result.sort(Comparator.comparingLong(DomainEventData::getSequenceNumber));
        return result;
    }

    /** The events from {@code start}, at most {@code max}, upcast and deserialized, stopping at a missing position. */
    public Stream<TrackedEventMessage<?>> readFrom(long start, int max) {
        return EventUtils.upcastAndDeserializeTrackedEvents(
                EventLog.read(commits, start, start + max).stream()
                        .map(entry -> StoredEvent.tracked(entry.position(), entry.event())),
                getEventSerializer(), upcasterChain);
    }

    /**
     * The events at the given positions, upcast and deserialized exactly as a tracking processor receives them, in
     * position order. Positions not stored are left out.
     */
    public Stream<TrackedEventMessage<?>> readAt(Collection<Long> positions) {
        if (positions.isEmpty()) {
            return Stream.empty();
        }
        Set<Long> wanted = new HashSet<>(positions);
        List<TrackedEventData<?>> found = new ArrayList<>();
        for (BsonDocument commit : commitsOrdered(in(POSITIONS, wanted))) {
            long first = CommitDocument.first(commit);
            BsonArray events = commit.getArray(EVENTS);
            for (int i = 0; i < events.size(); i++) {
                if (wanted.contains(first + i)) {
                    found.add(StoredEvent.tracked(first + i, events.get(i).asDocument()));
                }
            }
        }
        return EventUtils.upcastAndDeserializeTrackedEvents(found.stream(), getEventSerializer(), upcasterChain);
    }

    /** A multikey {@code $in} can return one commit once per matching key: de-duplicate and order by position. */
    private Iterable<BsonDocument> commitsOrdered(Bson filter) {
        Map<Long, BsonDocument> byPosition = new TreeMap<>();
        for (BsonDocument commit : commits.find(filter)) {
            byPosition.putIfAbsent(CommitDocument.first(commit), commit);
        }
        return byPosition.values();
    }

    @Override
    protected void storeSnapshot(DomainEventMessage<?> snapshot, Serializer serializer) {
        BsonString id = new BsonString(snapshot.getAggregateIdentifier());
        BsonDocument stored = snapshots.find(eq(ID, id)).projection(Projections.include(SNAPSHOT_SEQUENCE)).first();
        if (stored != null && stored.getInt64(SNAPSHOT_SEQUENCE).getValue() >= snapshot.getSequenceNumber()) {
            return;
        }
        BsonDocument document = new BsonDocument(ID, id);
        document.putAll(CommitDocument.event(snapshot, serializer));
        snapshots.replaceOne(eq(ID, id), document, new ReplaceOptions().upsert(true));
    }

    @Override
    protected Stream<? extends DomainEventData<?>> readSnapshotData(String aggregateIdentifier) {
        BsonDocument stored = snapshots.find(eq(ID, new BsonString(aggregateIdentifier))).first();
        return stored == null ? Stream.empty() : Stream.of(StoredEvent.domain(stored));
    }

    @Override
    public TrackingToken createTailToken() {
        return new GlobalSequenceTrackingToken(-1);
    }

    @Override
    public TrackingToken createHeadToken() {
        return new GlobalSequenceTrackingToken(nextPosition() - 1);
    }

    /**
     * Commit times never decrease along the positions (each writer takes the later of its clock and the previous
     * commit's time), so the first commit at or after an instant is found by binary search.
     */
    @Override
    public TrackingToken createTokenAt(Instant dateTime) {
        long low = 0;
        long high = nextPosition();
        while (low < high) {
            long middle = low + (high - low) / 2;
            BsonDocument commit = commitAt(middle);
            if (CommitDocument.committedAt(commit).isBefore(dateTime)) {
                low = CommitDocument.first(commit) + CommitDocument.count(commit);
            } else {
                high = middle;
            }
        }
        return new GlobalSequenceTrackingToken(low - 1);
    }

    public static class Builder extends BatchingEventStorageEngine.Builder {

        private MongoDatabase database;
        private Clock clock = Clock.systemUTC();
        private String eventsCollection = "events";
        private String snapshotsCollection = "snapshots";
        private boolean groupCommit = true;
        private int maxCommitsPerWrite = DEFAULT_MAX_COMMITS_PER_WRITE;

        public Builder database(MongoDatabase database) {
            this.database = database;
            return this;
        }

        public Builder clock(Clock clock) {
            this.clock = clock;
            return this;
        }

        public Builder collections(String events, String snapshots) {
            this.eventsCollection = events;
            this.snapshotsCollection = snapshots;
            return this;
        }

        /**
         * With group commit (the default), units of work that append while another append is being written are
         * written together in one ordered insert; without it, every commit is its own insert.
         */
        public Builder groupCommit(boolean enabled) {
            this.groupCommit = enabled;
            return this;
        }

        /** The most commits one group-commit insert carries (default 64). */
        public Builder maxCommitsPerWrite(int max) {
            this.maxCommitsPerWrite = max;
            return this;
        }

        @Override
        public Builder eventSerializer(Serializer eventSerializer) {
            super.eventSerializer(eventSerializer);
            return this;
        }

        @Override
        public Builder snapshotSerializer(Serializer snapshotSerializer) {
            super.snapshotSerializer(snapshotSerializer);
            return this;
        }

        @Override
        public Builder upcasterChain(EventUpcaster upcasterChain) {
            super.upcasterChain(upcasterChain);
            return this;
        }

        @Override
        public Builder batchSize(int batchSize) {
            super.batchSize(batchSize);
            return this;
        }

        @Override
        protected void validate() throws AxonConfigurationException {
            super.validate();
            if (database == null) {
                throw new AxonConfigurationException("A MongoDatabase is required");
            }
            if (maxCommitsPerWrite < 1) {
                throw new AxonConfigurationException("maxCommitsPerWrite must be at least 1");
            }
        }

        public MongoLedgerStorageEngine build() {
            return new MongoLedgerStorageEngine(this);
        }
    }
}
