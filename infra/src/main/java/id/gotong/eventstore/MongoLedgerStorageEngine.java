package id.gotong.eventstore;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexOptions;
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
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
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
 */
public class MongoLedgerStorageEngine extends BatchingEventStorageEngine {

    static final String SNAPSHOT_SEQUENCE = SEQUENCE_NUMBER;
    private static final int MAX_APPEND_ATTEMPTS = 100_000;

    private final MongoCollection<BsonDocument> commits;
    private final MongoCollection<BsonDocument> snapshots;
    private final Clock clock;
    private final ReentrantLock appendLock = new ReentrantLock();
    private volatile Head head;

    /** The next free global position as far as this instance knows, and the commit time of the commit before it. */
    private record Head(long next, Instant lastCommittedAt) {
    }

    protected MongoLedgerStorageEngine(Builder builder) {
        super(builder);
        this.commits = builder.database.getCollection(builder.eventsCollection, BsonDocument.class);
        this.snapshots = builder.database.getCollection(builder.snapshotsCollection, BsonDocument.class);
        this.clock = builder.clock;
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
        CommitDocument.Draft draft = CommitDocument.draft(events, serializer);
        appendLock.lock();
        try {
            Head current = head != null ? head : findHead();
            for (int attempt = 0; attempt < MAX_APPEND_ATTEMPTS; attempt++) {
                Instant committedAt = latest(clock.instant(), current.lastCommittedAt());
                try {
                    commits.insertOne(draft.at(current.next(), committedAt));
                    head = new Head(current.next() + events.size(), committedAt);
                    reportAppended(events, current.next());
                    return;
                } catch (MongoWriteException e) {
                    if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                        throw e;
                    }
                    rejectIfAlreadyStored(draft);
                    current = advance(current);
                }
            }
            throw new EventStoreException("No free global position after " + MAX_APPEND_ATTEMPTS + " attempts");
        } catch (RuntimeException e) {
            // The outcome of a failed insert is unknown to us: re-read the head before the next append.
            head = null;
            throw e;
        } finally {
            appendLock.unlock();
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

    private void rejectIfAlreadyStored(CommitDocument.Draft draft) {
        if (!draft.aggregateKeys().isEmpty()) {
            BsonDocument clash = commits.find(in(AGGREGATE_KEYS, draft.aggregateKeys()))
                                        .projection(Projections.include(AGGREGATE_KEYS)).first();
            if (clash != null) {
                List<String> taken = clash.getArray(AGGREGATE_KEYS).stream()
                                          .map(v -> v.asString().getValue())
                                          .filter(draft.aggregateKeys()::contains)
                                          .toList();
                throw new ConcurrencyException("Another commit already holds aggregate sequence " + taken
                                                       + " (aggregateId|sequenceNumber)");
            }
        }
        BsonDocument sameEvent = commits.find(in(EVENT_IDS, draft.eventIds()))
                                        .projection(Projections.include(ID)).first();
        if (sameEvent != null) {
            throw new EventStoreException("An event of this commit is already stored at position "
                                                  + CommitDocument.first(sameEvent));
        }
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
        }

        public MongoLedgerStorageEngine build() {
            return new MongoLedgerStorageEngine(this);
        }
    }
}
