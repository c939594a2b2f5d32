package id.gotong.eventstore;

import com.mongodb.client.MongoDatabase;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.serialization.AnnotationRevisionResolver;
import org.axonframework.serialization.SerializationException;
import org.axonframework.serialization.Serializer;
import id.gotong.act.AppendedEvents;
import id.gotong.personaldata.PersonalDataCipher;
import id.gotong.personaldata.SubjectKeys;
import id.gotong.serialization.GotongJson;
import org.bson.BsonDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What every MongoDB behind {@link MongoLedgerStorageEngine} must give: run against the embedded server always, and
 * against a real MongoDB where Docker exists.
 */
abstract class StorageEngineContract {

    static final Serializer SERIALIZER = GotongJson.events(new AnnotationRevisionResolver(),
            new PersonalDataCipher(SubjectKeys.inMemory()));

    /** A fresh, empty database for each test. */
    abstract MongoDatabase freshDatabase();

    MongoDatabase database;
    MongoLedgerStorageEngine engine;

    @BeforeEach
    void setUp() {
        database = freshDatabase();
        engine = engineOn(database);
    }

    static MongoLedgerStorageEngine engineOn(MongoDatabase database) {
        return engineOn(database, Clock.systemUTC());
    }

    static MongoLedgerStorageEngine engineOn(MongoDatabase database, Clock clock) {
        return engineOn(database, clock, true);
    }

    static MongoLedgerStorageEngine engineOn(MongoDatabase database, boolean groupCommit) {
        return engineOn(database, Clock.systemUTC(), groupCommit);
    }

    static MongoLedgerStorageEngine engineOn(MongoDatabase database, Clock clock, boolean groupCommit) {
        MongoLedgerStorageEngine engine = MongoLedgerStorageEngine.builder()
                .database(database)
                .clock(clock)
                .groupCommit(groupCommit)
                .eventSerializer(SERIALIZER)
                .snapshotSerializer(SERIALIZER)
                .build();
        engine.ensureIndexes();
        return engine;
    }

    static DomainEventMessage<Recorded> event(String aggregate, long sequence, String text) {
        return new GenericDomainEventMessage<>("Agreement", aggregate, sequence, Recorded.of(text),
                MetaData.with("actor", "diskominfo-surakarta"));
    }

    static List<TrackedEventMessage<?>> readAll(MongoLedgerStorageEngine engine) {
        return engine.readEvents(null, false).collect(Collectors.toList());
    }

    @Test
    void appendedEventsReadBackWithPayloadMetadataAndPositionsFromZero() {
        engine.appendEvents(event("agr-1", 0, "drafted"), event("agr-1", 1, "signed"));
        engine.appendEvents(GenericEventMessage.asEventMessage(Recorded.of("not from an aggregate")));

        List<TrackedEventMessage<?>> all = readAll(engine);

        assertThat(all).extracting(e -> e.trackingToken().position().getAsLong()).containsExactly(0L, 1L, 2L);
        assertThat(all).extracting(e -> ((Recorded) e.getPayload()).text())
                       .containsExactly("drafted", "signed", "not from an aggregate");
        assertThat(all.get(0).getMetaData()).containsEntry("actor", "diskominfo-surakarta");
        assertThat(all.get(0)).isInstanceOf(DomainEventMessage.class);
        assertThat(all.get(2)).isNotInstanceOf(DomainEventMessage.class);
        assertThat(((Recorded) all.get(1).getPayload())).isEqualTo(Recorded.of("signed"));
        assertThat(engine.nextPosition()).isEqualTo(3);
    }

    @Test
    void readsAnAggregateFromASequenceNumber() {
        for (int i = 0; i < 250; i++) {
            engine.appendEvents(event("agr-1", i, "e" + i), event("agr-2", i, "other" + i));
        }

        DomainEventStream fromStart = engine.readEvents("agr-1", 0);
        List<Long> sequences = fromStart.asStream().map(DomainEventMessage::getSequenceNumber).toList();
        assertThat(sequences).hasSize(250).isSorted();
        assertThat(sequences.get(249)).isEqualTo(249);

        List<String> tail = engine.readEvents("agr-1", 247).asStream()
                                  .map(e -> ((Recorded) e.getPayload()).text()).toList();
        assertThat(tail).containsExactly("e247", "e248", "e249");
        assertThat(engine.readEvents("unknown", 0).hasNext()).isFalse();
    }

    @Test
    void concurrentWritersOnTwoEngineInstancesGetEveryPositionExactlyOnce() throws Exception {
        MongoLedgerStorageEngine other = engineOn(database);
        int threads = 8;
        int commitsPerThread = 40;
        ExecutorService pool = Executors.newFixedThreadPool(threads * 2);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> futures = new ArrayList<>();
        for (MongoLedgerStorageEngine instance : List.of(engine, other)) {
            for (int t = 0; t < threads; t++) {
                String aggregate = (instance == engine ? "a-" : "b-") + t;
                futures.add(pool.submit(() -> {
                    start.await();
                    for (int i = 0; i < commitsPerThread; i++) {
                        // Alternate single-event and two-event commits so positions inside commits are exercised.
                        if (i % 2 == 0) {
                            instance.appendEvents(event(aggregate, i, aggregate + "/" + i));
                        } else {
                            instance.appendEvents(event(aggregate, i, aggregate + "/" + i),
                                    GenericEventMessage.asEventMessage(Recorded.of(aggregate + "/" + i + "+")));
                        }
                    }
                    return null;
                }));
            }
        }
        start.countDown();
        for (Future<?> future : futures) {
            future.get(2, TimeUnit.MINUTES);
        }
        pool.shutdown();

        int expected = 2 * threads * (commitsPerThread / 2 * 1 + commitsPerThread / 2 * 2);
        List<TrackedEventMessage<?>> all = readAll(engineOn(database));
        assertThat(all).extracting(e -> e.trackingToken().position().getAsLong())
                       .containsExactlyElementsOf(IntStream.range(0, expected).mapToObj(i -> (long) i).toList());
        assertThat(all.stream().map(EventMessage::getIdentifier).collect(Collectors.toSet())).hasSize(expected);
        // Each writer's own events keep the order in which it appended them.
        Map<String, List<Long>> perAggregate = new ConcurrentHashMap<>();
        all.stream().filter(e -> e instanceof DomainEventMessage<?>).map(e -> (DomainEventMessage<?>) e)
           .forEach(e -> perAggregate.computeIfAbsent(e.getAggregateIdentifier(), k -> new ArrayList<>())
                                     .add(e.getSequenceNumber()));
        assertThat(perAggregate).hasSize(threads * 2);
        perAggregate.values().forEach(seqs -> assertThat(seqs).isSorted().hasSize(commitsPerThread));
    }

    @Test
    void secondCommitForTheSameAggregateSequenceGetsConcurrencyException() {
        MongoLedgerStorageEngine other = engineOn(database);
        engine.appendEvents(event("agr-1", 0, "drafted"));
        other.appendEvents(event("agr-1", 1, "signed by A"));

        assertThatThrownBy(() -> engine.appendEvents(event("agr-1", 1, "signed by B")))
                .isInstanceOf(ConcurrencyException.class)
                .hasMessageContaining("agr-1|1");
        assertThatThrownBy(() -> other.appendEvents(event("agr-1", 0, "drafted again")))
                .isInstanceOf(ConcurrencyException.class);
        assertThat(readAll(engine)).extracting(e -> ((Recorded) e.getPayload()).text())
                                   .containsExactly("drafted", "signed by A");
        engine.appendEvents(event("agr-1", 2, "in force"));
        assertThat(engine.nextPosition()).isEqualTo(3);
    }

    @Test
    void aCommitThatFailsInTheMiddleLeavesNothingBehind() {
        engine.appendEvents(event("agr-2", 0, "already there"));

        // The middle event clashes with a stored one: the events before and after it must not be stored either.
        assertThatThrownBy(() -> engine.appendEvents(
                event("agr-1", 0, "first of three"), event("agr-2", 0, "clash"), event("agr-3", 0, "third")))
                .isInstanceOf(ConcurrencyException.class);
        // The middle event cannot be serialized: nothing of the commit reaches the store.
        assertThatThrownBy(() -> engine.appendEvents(
                event("agr-4", 0, "fine"), GenericEventMessage.asEventMessage(new Unserializable()),
                event("agr-5", 0, "fine too")))
                .isInstanceOf(SerializationException.class);

        assertThat(readAll(engine)).extracting(e -> ((Recorded) e.getPayload()).text())
                                   .containsExactly("already there");
        assertThat(engine.readEvents("agr-1", 0).hasNext()).isFalse();
        assertThat(engine.readEvents("agr-3", 0).hasNext()).isFalse();
        assertThat(engine.readEvents("agr-4", 0).hasNext()).isFalse();
        assertThat(database.getCollection("events").countDocuments()).isEqualTo(1);
        engine.appendEvents(event("agr-1", 0, "retried"));
        assertThat(engine.nextPosition()).isEqualTo(2);
    }

    /** Jackson fails on a getter that throws; it stands for any payload that cannot be written. */
    static final class Unserializable {
        public String getValue() {
            throw new IllegalStateException("cannot be serialized");
        }
    }

    @Test
    void streamingFromATokenSeesEveryEventOnceInOrderIncludingEventsCommittedWhileStreaming() throws Exception {
        for (int i = 0; i < 150; i++) {
            engine.appendEvents(event("before", i, "before" + i));
        }
        EmbeddedEventStore store = EmbeddedEventStore.builder().storageEngine(engine).build();
        int total = 400;
        ExecutorService writer = Executors.newSingleThreadExecutor();
        Future<?> writing = writer.submit((Callable<Void>) () -> {
            MongoLedgerStorageEngine other = engineOn(database);
            for (int i = 0; i < total - 150; i++) {
                other.appendEvents(event("during", i, "during" + i));
            }
            return null;
        });
        List<Long> positions = new ArrayList<>();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        try (BlockingStream<TrackedEventMessage<?>> stream = store.openStream(new GlobalSequenceTrackingToken(-1))) {
            // "Nothing available yet" is not the end: a lagging consumer's wait can return early, so keep asking
            // until every event arrived or the deadline passed, as a tracking processor does.
            while (positions.size() < total && System.nanoTime() < deadline) {
                if (stream.hasNextAvailable(1, TimeUnit.SECONDS)) {
                    positions.add(stream.nextAvailable().trackingToken().position().getAsLong());
                }
            }
        } finally {
            store.shutDown();
        }
        writing.get(1, TimeUnit.MINUTES);
        writer.shutdown();
        assertThat(positions).containsExactlyElementsOf(IntStream.range(0, total).mapToObj(i -> (long) i).toList());
    }

    @Test
    void resumesFromATokenInTheMiddleOfACommit() {
        engine.appendEvents(event("a", 0, "zero"), event("a", 1, "one"), event("a", 2, "two"));
        engine.appendEvents(event("a", 3, "three"));

        List<String> after = engine.readEvents(new GlobalSequenceTrackingToken(0), false)
                                   .map(e -> ((Recorded) e.getPayload()).text()).toList();

        assertThat(after).containsExactly("one", "two", "three");
    }

    @Test
    void snapshotsAreStoredSeparatelyAndOnlyANewerOneReplacesTheStoredOne() {
        engine.appendEvents(event("agr-1", 0, "drafted"), event("agr-1", 1, "signed"));
        engine.storeSnapshot(event("agr-1", 1, "state at 1"));
        engine.storeSnapshot(event("agr-1", 0, "older state"));

        assertThat(engine.readSnapshot("agr-1")).get()
                .satisfies(s -> assertThat(s.getSequenceNumber()).isEqualTo(1))
                .satisfies(s -> assertThat(((Recorded) s.getPayload()).text()).isEqualTo("state at 1"));
        engine.storeSnapshot(event("agr-1", 5, "newer state"));
        assertThat(engine.readSnapshot("agr-1")).get()
                .satisfies(s -> assertThat(((Recorded) s.getPayload()).text()).isEqualTo("newer state"));
        assertThat(engine.readSnapshot("agr-2")).isEmpty();
        assertThat(database.getCollection("snapshots").countDocuments()).isEqualTo(1);
        assertThat(readAll(engine)).hasSize(2);
    }

    @Test
    void headTailAndTimeTokens() {
        MutableClock clock = new MutableClock(Instant.parse("2024-01-01T00:00:00Z"));
        MongoLedgerStorageEngine timed = engineOn(database, clock);
        assertThat(timed.createHeadToken()).isEqualTo(new GlobalSequenceTrackingToken(-1));
        timed.appendEvents(event("a", 0, "jan"), event("a", 1, "jan too"));
        clock.now = Instant.parse("2024-02-01T00:00:00Z");
        timed.appendEvents(event("a", 2, "feb"));
        clock.now = Instant.parse("2024-03-01T00:00:00Z");
        timed.appendEvents(event("a", 3, "mar"));

        assertThat(timed.createTailToken()).isEqualTo(new GlobalSequenceTrackingToken(-1));
        assertThat(timed.createHeadToken()).isEqualTo(new GlobalSequenceTrackingToken(3));
        assertThat(timed.createTokenAt(Instant.parse("2023-12-31T00:00:00Z"))).isEqualTo(new GlobalSequenceTrackingToken(-1));
        assertThat(timed.createTokenAt(Instant.parse("2024-02-01T00:00:00Z"))).isEqualTo(new GlobalSequenceTrackingToken(1));
        assertThat(timed.createTokenAt(Instant.parse("2024-02-15T00:00:00Z"))).isEqualTo(new GlobalSequenceTrackingToken(2));
        assertThat(timed.createTokenAt(Instant.parse("2025-01-01T00:00:00Z"))).isEqualTo(new GlobalSequenceTrackingToken(3));
    }

    @Test
    void commitTimesNeverGoBackwardsEvenWhenAWritersClockDoes() {
        MutableClock ahead = new MutableClock(Instant.parse("2024-05-01T00:00:00Z"));
        MutableClock behind = new MutableClock(Instant.parse("2024-04-01T00:00:00Z"));
        engineOn(database, ahead).appendEvents(event("a", 0, "ahead"));
        engineOn(database, behind).appendEvents(event("a", 1, "behind"));

        List<Instant> times = new ArrayList<>();
        database.getCollection("events", BsonDocument.class).find()
                .forEach(c -> times.add(CommitDocument.committedAt(c)));
        assertThat(times).containsExactly(Instant.parse("2024-05-01T00:00:00Z"), Instant.parse("2024-05-01T00:00:00Z"));
    }

    @Test
    void storedCommitIsAReadableDocumentWithThePinnedShape() throws Exception {
        MutableClock clock = new MutableClock(Instant.parse("2024-06-30T12:00:00Z"));
        MongoLedgerStorageEngine timed = engineOn(database, clock);
        timed.appendEvents(new GenericDomainEventMessage<>("Agreement", "agr-1", 0,
                Recorded.of("drafted"), MetaData.with("actor", "disbudpar"), "evt-1",
                Instant.parse("2024-06-30T11:59:59.123456Z")));

        BsonDocument stored = database.getCollection("events", BsonDocument.class).find().first();

        String approved = new String(getClass().getResourceAsStream("/eventstore/approved-commit.json").readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8);
        assertThat(stored).isEqualTo(BsonDocument.parse(approved));
    }

    @Test
    void indexesAreUniqueOnPositionsAggregateKeysAndEventIds() {
        Set<String> unique = new HashSet<>();
        database.getCollection("events").listIndexes().forEach(index -> {
            if (Boolean.TRUE.equals(index.getBoolean("unique"))) {
                unique.addAll(index.get("key", org.bson.Document.class).keySet());
            }
        });
        assertThat(unique).contains("positions", "aggregateKeys", "eventIds");
    }

    // ------------------------------------------------------------------------------------------ group commit

    /** What one append in its own unit of work came to: the positions reported to it, or its failure. */
    record Outcome(List<String> eventIds, List<AppendedEvents.Appended> appended, RuntimeException failure) {
    }

    /** Appends as a command would: inside a unit of work holding {@link AppendedEvents}, which the engine fills. */
    static Outcome appendInUnitOfWork(MongoLedgerStorageEngine engine, EventMessage<?>... events) {
        List<String> ids = java.util.Arrays.stream(events).map(EventMessage::getIdentifier).toList();
        DefaultUnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(GenericEventMessage.asEventMessage("test"));
        AppendedEvents appended = new AppendedEvents();
        unitOfWork.resources().put(AppendedEvents.RESOURCE, appended);
        try {
            engine.appendEvents(events);
            unitOfWork.commit();
            return new Outcome(ids, appended.events(), null);
        } catch (RuntimeException e) {
            unitOfWork.rollback(e);
            return new Outcome(ids, appended.events(), e);
        }
    }

    /**
     * {@code threadsPerEngine} writers per engine; every third commit of every writer claims sequence 0 of an
     * aggregate all writers contend for (with a second, aggregate-less event), the others go to the writer's own
     * aggregate in one or two events. Checks what must hold whatever the interleaving and returns the outcomes.
     */
    List<Outcome> appendConcurrentlyWithConflicts(List<MongoLedgerStorageEngine> engines, int threadsPerEngine,
                                                  int commitsPerThread) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(engines.size() * threadsPerEngine);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<List<Outcome>>> writers = new ArrayList<>();
        for (int e = 0; e < engines.size(); e++) {
            MongoLedgerStorageEngine instance = engines.get(e);
            for (int t = 0; t < threadsPerEngine; t++) {
                String writer = "w" + e + "-" + t;
                writers.add(pool.submit(() -> {
                    start.await();
                    List<Outcome> outcomes = new ArrayList<>();
                    long ownSequence = 0;
                    for (int i = 0; i < commitsPerThread; i++) {
                        if (i % 3 == 0) {
                            outcomes.add(appendInUnitOfWork(instance, event("contested-" + i / 3, 0, writer + "/" + i),
                                    GenericEventMessage.asEventMessage(Recorded.of(writer + "/" + i + "+"))));
                        } else if (i % 3 == 1) {
                            outcomes.add(appendInUnitOfWork(instance, event(writer, ownSequence++, writer + "/" + i)));
                        } else {
                            outcomes.add(appendInUnitOfWork(instance, event(writer, ownSequence++, writer + "/" + i),
                                    event(writer, ownSequence++, writer + "/" + i + "'")));
                        }
                    }
                    return outcomes;
                }));
            }
        }
        start.countDown();
        List<Outcome> outcomes = new ArrayList<>();
        for (Future<List<Outcome>> writer : writers) {
            outcomes.addAll(writer.get(2, TimeUnit.MINUTES));
        }
        pool.shutdown();

        List<TrackedEventMessage<?>> all = readAll(engineOn(database));
        Map<String, Long> stored = new java.util.HashMap<>();
        all.forEach(m -> assertThat(stored.put(m.getIdentifier(), m.trackingToken().position().getAsLong()))
                .as("event %s stored once", m.getIdentifier()).isNull());
        assertThat(all).extracting(m -> m.trackingToken().position().getAsLong())
                       .containsExactlyElementsOf(LongStream.range(0, all.size()).boxed().toList());

        int contested = (commitsPerThread + 2) / 3;
        int writerCount = engines.size() * threadsPerEngine;
        Set<String> acknowledged = new HashSet<>();
        for (Outcome outcome : outcomes) {
            if (outcome.failure() == null) {
                // The positions reported to the command are the ones stored.
                assertThat(outcome.appended()).extracting(AppendedEvents.Appended::eventId)
                                              .containsExactlyElementsOf(outcome.eventIds());
                outcome.appended().forEach(a -> assertThat(stored.get(a.eventId())).isEqualTo(a.position()));
                acknowledged.addAll(outcome.eventIds());
            } else {
                assertThat(outcome.failure()).isInstanceOf(ConcurrencyException.class)
                                             .hasMessageContaining("contested-");
                assertThat(outcome.appended()).isEmpty();
                outcome.eventIds().forEach(id -> assertThat(stored).doesNotContainKey(id));
            }
        }
        assertThat(stored.keySet()).isEqualTo(acknowledged);
        assertThat(outcomes.stream().filter(o -> o.failure() != null)).hasSize(contested * (writerCount - 1));
        for (int c = 0; c < contested; c++) {
            assertThat(engine.readEvents("contested-" + c, 0).asStream().count()).isEqualTo(1);
        }
        return outcomes;
    }

    @ParameterizedTest(name = "group commit {0}")
    @ValueSource(booleans = {true, false})
    void manyConcurrentUnitsOfWorkIncludingConflictsStoreEachAcknowledgedEventOnceWithoutGaps(boolean groupCommit)
            throws Exception {
        MongoLedgerStorageEngine writer = engineOn(database, groupCommit);

        List<Outcome> outcomes = appendConcurrentlyWithConflicts(List.of(writer), 12, 30);

        assertThat(outcomes).hasSize(12 * 30);
        if (!groupCommit) {
            assertThat(writer.insertCommands()).isGreaterThanOrEqualTo(outcomes.size());
        }
    }

    @Test
    void twoEngineInstancesWithGroupCommitOnOneDatabase() throws Exception {
        MongoLedgerStorageEngine first = engineOn(database, true);
        MongoLedgerStorageEngine second = engineOn(database, true);

        appendConcurrentlyWithConflicts(List.of(first, second), 6, 30);
    }

    /** Queues the commits behind a held leader, so that they go out in one insert in this order. */
    static List<Outcome> appendAsOneBatch(MongoLedgerStorageEngine engine, List<List<EventMessage<?>>> commits)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(commits.size());
        try {
            engine.holdNextWriteUntilQueued(commits.size());
            List<Future<Outcome>> futures = new ArrayList<>();
            for (int i = 0; i < commits.size(); i++) {
                EventMessage<?>[] commit = commits.get(i).toArray(EventMessage<?>[]::new);
                futures.add(pool.submit(() -> appendInUnitOfWork(engine, commit)));
                if (i < commits.size() - 1) {
                    // The leader takes the batch as soon as the last one is queued, so only the others are awaited.
                    int queued = i + 1;
                    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
                    while (engine.queuedCommits() < queued && System.nanoTime() < deadline) {
                        Thread.onSpinWait();
                    }
                    assertThat(engine.queuedCommits()).isEqualTo(queued);
                }
            }
            List<Outcome> outcomes = new ArrayList<>();
            for (Future<Outcome> future : futures) {
                outcomes.add(future.get(30, TimeUnit.SECONDS));
            }
            return outcomes;
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void theMiddleCommitOfAGroupConflictsTheOthersAreStoredAndRenumberedWithoutAGap() throws Exception {
        engine.appendEvents(event("taken", 0, "stored before"));
        long insertsBefore = engine.insertCommands();

        List<Outcome> outcomes = appendAsOneBatch(engine, List.of(
                List.of(event("a", 0, "first"), event("a", 1, "first too")),
                List.of(event("b", 0, "would be fine"), event("taken", 0, "clash")),
                List.of(event("c", 0, "third"))));

        assertThat(outcomes.get(0).failure()).isNull();
        assertThat(outcomes.get(0).appended()).extracting(AppendedEvents.Appended::position).containsExactly(1L, 2L);
        assertThat(outcomes.get(1).failure()).isInstanceOf(ConcurrencyException.class)
                                            .hasMessageContaining("taken|0");
        assertThat(outcomes.get(1).appended()).isEmpty();
        assertThat(outcomes.get(2).failure()).isNull();
        assertThat(outcomes.get(2).appended()).extracting(AppendedEvents.Appended::position).containsExactly(3L);
        // One insert for the three commits, one more for the commit after the conflict.
        assertThat(engine.insertCommands() - insertsBefore).isEqualTo(2);
        List<TrackedEventMessage<?>> all = readAll(engine);
        assertThat(all).extracting(e -> e.trackingToken().position().getAsLong()).containsExactly(0L, 1L, 2L, 3L);
        assertThat(all).extracting(e -> ((Recorded) e.getPayload()).text())
                       .containsExactly("stored before", "first", "first too", "third");
        assertThat(engine.readEvents("b", 0).hasNext()).isFalse();
        assertThat(database.getCollection("events").countDocuments()).isEqualTo(3);
        engine.appendEvents(event("b", 0, "retried"));
        assertThat(engine.nextPosition()).isEqualTo(5);
    }

    @Test
    void twoCommitsOfOneGroupForTheSameAggregateSequenceTheLaterOneGetsConcurrencyException() throws Exception {
        List<Outcome> outcomes = appendAsOneBatch(engine, List.of(
                List.of(event("x", 0, "first")),
                List.of(event("x", 0, "second")),
                List.of(event("x", 1, "after first"), event("y", 0, "other"))));

        assertThat(outcomes.get(0).failure()).isNull();
        assertThat(outcomes.get(1).failure()).isInstanceOf(ConcurrencyException.class).hasMessageContaining("x|0");
        assertThat(outcomes.get(2).appended()).extracting(AppendedEvents.Appended::position).containsExactly(1L, 2L);
        assertThat(readAll(engine)).extracting(e -> ((Recorded) e.getPayload()).text())
                                   .containsExactly("first", "after first", "other");
    }

    @Test
    void aGroupWrittenAfterAnotherInstanceTookItsPositionsMovesOnWholeAndStaysGapless() throws Exception {
        MongoLedgerStorageEngine other = engineOn(database, true);
        engine.appendEvents(event("a", 0, "zero"));
        other.appendEvents(event("o", 0, "one"), event("o", 1, "two"));

        // engine still believes position 1 is free: its whole group clashes and is written again after the head.
        List<Outcome> outcomes = appendAsOneBatch(engine, List.of(
                List.of(event("a", 1, "three")),
                List.of(event("b", 0, "four"), event("b", 1, "five")),
                List.of(event("c", 0, "six"))));

        assertThat(outcomes).allSatisfy(o -> assertThat(o.failure()).isNull());
        assertThat(outcomes).flatExtracting(Outcome::appended).extracting(AppendedEvents.Appended::position)
                            .containsExactly(3L, 4L, 5L, 6L);
        assertThat(readAll(other)).extracting(e -> ((Recorded) e.getPayload()).text())
                                  .containsExactly("zero", "one", "two", "three", "four", "five", "six");
    }

    @Test
    void anEventAlreadyStoredIsRefusedInAGroupAsWhenAlone() throws Exception {
        EventMessage<?> stored = GenericEventMessage.asEventMessage(Recorded.of("stored"));
        engine.appendEvents(stored);

        List<Outcome> outcomes = appendAsOneBatch(engine, List.of(
                List.of(event("b", 0, "fine")),
                List.of(stored),
                List.of(event("c", 0, "fine too"))));

        assertThat(outcomes.get(1).failure()).isInstanceOf(EventStoreException.class)
                                            .hasMessageContaining("already stored at position 0");
        assertThat(outcomes.get(0).appended()).extracting(AppendedEvents.Appended::position).containsExactly(1L);
        assertThat(outcomes.get(2).appended()).extracting(AppendedEvents.Appended::position).containsExactly(2L);
        assertThat(readAll(engine)).hasSize(3);
    }

    static final class MutableClock extends Clock {
        volatile Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    static final AtomicInteger DATABASES = new AtomicInteger();
}
