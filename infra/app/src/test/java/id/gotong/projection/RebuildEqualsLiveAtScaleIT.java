package id.gotong.projection;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import id.gotong.dossier.DossierStore;
import id.gotong.embedded.EmbeddedMongoServer;
import id.gotong.queryside.QuerySide;
import id.gotong.stakeholderhistory.EvidenceProjection;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.InetSocketAddress;
import java.time.Clock;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A generated history of 10,000 events (100,000 with {@code -Pperformance}: system property
 * {@code gotong.scale.events}) projected live (processor-sized batches, some delivered twice, a restart in the middle
 * that empties the projector's memory) gives exactly the read models a rebuild gives. Both write to a MongoDB-wire
 * server (an in-memory H2 store: this is about the folding and the documents, not durability).
 */
class RebuildEqualsLiveAtScaleIT {

    static final int EVENTS = Integer.getInteger("gotong.scale.events", 10_000);
    /**
     * 100 collaborations and 400 stakeholders at 100,000 events; fewer at 10,000 (20 and 40), so that every
     * collaboration is registered (the generator opens one about every 400 events) and few events are registrations.
     */
    static final int COLLABORATIONS = Math.min(100, EVENTS / 500);
    static final int STAKEHOLDERS = EVENTS / 250;

    static MongoServer server;
    static MongoClient client;

    @BeforeAll
    static void start() {
        server = EmbeddedMongoServer.inMemory();
        InetSocketAddress address = server.bind();
        client = MongoClients.create("mongodb://127.0.0.1:" + address.getPort());
    }

    @AfterAll
    static void stop() {
        client.close();
        server.shutdownNow();
    }

    @Test
    void aRebuildGivesTheReadModelsTheLiveProjectionBuilt() {
        List<Entry> history = RandomLedger.generate(4_2024L, COLLABORATIONS, STAKEHOLDERS, EVENTS);
        EventHistory store = new ListHistory(history);

        ReadModels live = QuerySide.readModels(client.getDatabase("live"));
        live.ensureIndexes();
        Projector projector = new Projector(live, store, change -> {
        }, false);
        Random random = new Random(7);
        int redelivered = 0;
        for (int start = 0; start < history.size(); start += 100) {
            List<Entry> batch = history.subList(start, Math.min(history.size(), start + 100));
            projector.project(batch);
            if (random.nextInt(50) == 0) {
                projector.project(batch); // a processor retrying a batch whose token was not stored
                redelivered++;
            }
            if (start == history.size() / 2) {
                projector = new Projector(live, store, change -> {
                }, false); // a restart: nothing cached
            }
        }

        ReadModels rebuilt = QuerySide.readModels(client.getDatabase("rebuilt"));
        Rebuild.Progress done = new Rebuild(rebuilt, store, Clock.systemUTC()).run(progress -> {
        });

        assertThat(redelivered).isPositive();
        assertThat(history).hasSizeGreaterThanOrEqualTo(EVENTS);
        assertThat(done.processed()).isEqualTo(history.size());
        Map<String, List<String>> liveModels = Projected.dump(live, store);
        Map<String, List<String>> rebuiltModels = Projected.dump(rebuilt, store);
        assertThat(liveModels.get(DossierStore.COLLECTION)).hasSize(COLLABORATIONS);
        assertThat(liveModels.get(ActProjection.COLLECTION).size()).isGreaterThan(EVENTS - EVENTS / 100);
        for (String collection : live.collections()) {
            assertThat(rebuiltModels.get(collection)).as(collection).isEqualTo(liveModels.get(collection));
        }
        System.out.printf("%,d events: %,d acts, %,d evidence, %d dossiers; %d batches delivered twice%n", EVENTS,
                liveModels.get(ActProjection.COLLECTION).size(), liveModels.get(EvidenceProjection.COLLECTION).size(),
                liveModels.get(DossierStore.COLLECTION).size(), redelivered);
    }

    /** The event store as a list: what a rebuild and a dossier's catch-up read. */
    record ListHistory(List<Entry> entries) implements EventHistory {

        @Override
        public List<Entry> at(Collection<Long> positions) {
            Set<Long> wanted = new HashSet<>(positions);
            return entries.stream().filter(e -> wanted.contains(e.position())).toList();
        }

        @Override
        public List<Entry> from(long start, int max) {
            int from = (int) Math.min(start, entries.size());
            return entries.subList(from, (int) Math.min(entries.size(), start + max));
        }

        @Override
        public long size() {
            return entries.size();
        }
    }
}
