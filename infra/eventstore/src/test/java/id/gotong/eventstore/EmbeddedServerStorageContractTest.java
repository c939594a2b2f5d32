package id.gotong.eventstore;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import id.gotong.embedded.EmbeddedMongoServer;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The storage contract on the embedded MongoDB-wire server the product starts by default. */
class EmbeddedServerStorageContractTest extends StorageEngineContract {

    @TempDir
    static Path dataDir;
    static EmbeddedMongoServer server;
    static MongoClient client;

    @BeforeAll
    static void startServer() {
        server = EmbeddedMongoServer.start(dataDir.resolve("contract.mv"), 0);
        client = MongoClients.create(server.connectionString());
    }

    @AfterAll
    static void stopServer() {
        client.close();
        server.close();
    }

    @Override
    MongoDatabase freshDatabase() {
        return client.getDatabase("contract" + DATABASES.incrementAndGet());
    }

    @Test
    void restartOfTheEmbeddedServerKeepsEveryEventAndTheOrder(@TempDir Path dir) {
        Path file = dir.resolve("restart.mv");
        List<Long> before;
        try (EmbeddedMongoServer first = EmbeddedMongoServer.start(file, 0);
             MongoClient c = MongoClients.create(first.connectionString())) {
            MongoLedgerStorageEngine e = engineOn(c.getDatabase("ledger"));
            for (int i = 0; i < 50; i++) {
                e.appendEvents(event("agr-1", i, "e" + i), event("agr-2", i, "f" + i));
            }
            e.storeSnapshot(event("agr-1", 49, "snapshot"));
            before = readAll(e).stream().map(m -> m.trackingToken().position().getAsLong()).toList();
        }
        try (EmbeddedMongoServer second = EmbeddedMongoServer.start(file, 0);
             MongoClient c = MongoClients.create(second.connectionString())) {
            MongoLedgerStorageEngine e = engineOn(c.getDatabase("ledger"));
            List<TrackedEventMessage<?>> after = readAll(e);
            assertThat(after).extracting(m -> m.trackingToken().position().getAsLong()).isEqualTo(before).hasSize(100);
            assertThat(e.readEvents("agr-2", 0).asStream().count()).isEqualTo(50);
            assertThat(e.readSnapshot("agr-1")).isPresent();
            e.appendEvents(event("agr-1", 50, "after restart"));
            assertThat(e.nextPosition()).isEqualTo(101);
            // The unique indexes came back too: a sequence taken before the restart is still taken.
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> e.appendEvents(event("agr-2", 49, "again")))
                    .isInstanceOf(org.axonframework.modelling.command.ConcurrencyException.class);
        }
    }
}
