package id.gotong.ledger.store;

import com.mongodb.client.MongoDatabase;
import id.gotong.eventstore.MongoLedgerStorageEngine;
import id.gotong.eventstore.Recorded;
import id.gotong.personaldata.PersonalDataCipher;
import id.gotong.personaldata.SubjectKeys;
import id.gotong.serialization.GotongJson;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.AnnotationRevisionResolver;
import org.bson.BsonDocument;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import static com.mongodb.client.model.Filters.eq;

/** Shared helpers of the ledger tests: an engine on a database, appending events, copying the ledger collections. */
public final class LedgerFixture {
    private LedgerFixture() {
    }

    public static MongoLedgerStorageEngine engine(MongoDatabase database) {
        var serializer = GotongJson.events(new AnnotationRevisionResolver(),
                new PersonalDataCipher(SubjectKeys.inMemory()));
        MongoLedgerStorageEngine engine = MongoLedgerStorageEngine.builder()
                .database(database).clock(Clock.systemUTC())
                .eventSerializer(serializer).snapshotSerializer(serializer).build();
        engine.ensureIndexes();
        return engine;
    }

    /** Appends {@code commits} commits of 1–3 events each (and one event outside an aggregate every fifth commit). */
    public static void appendCommits(MongoLedgerStorageEngine engine, String aggregate, int commits) {
        long sequence = engine.readEvents(aggregate, 0).asStream().count();
        for (int c = 0; c < commits; c++) {
            if (c % 5 == 4) {
                engine.appendEvents(GenericEventMessage.asEventMessage(Recorded.of("free " + aggregate + c)));
                continue;
            }
            List<GenericDomainEventMessage<Recorded>> events = new ArrayList<>();
            for (int i = 0; i <= c % 3; i++) {
                events.add(new GenericDomainEventMessage<>("Agreement", aggregate, sequence++,
                        Recorded.of(aggregate + " c" + c + " e" + i), MetaData.with("actor", "tester")));
            }
            engine.appendEvents(events);
        }
    }

    /** Copies the event store and ledger collections into another database, to tamper with the copy. */
    public static void copyLedger(MongoDatabase from, MongoDatabase to) {
        for (String name : List.of(LedgerStore.EVENTS, LedgerStore.STATE, LedgerStore.CHECKPOINTS,
                MongoTreeNodes.COLLECTION)) {
            List<BsonDocument> docs = from.getCollection(name, BsonDocument.class).find().into(new ArrayList<>());
            if (!docs.isEmpty()) {
                to.getCollection(name, BsonDocument.class).insertMany(docs);
            }
        }
    }

    /** The commit document holding position {@code position}. */
    public static BsonDocument commitAt(MongoDatabase database, long position) {
        return database.getCollection(LedgerStore.EVENTS, BsonDocument.class).find(eq("positions", position)).first();
    }
}
