package id.gotong.eventstore;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.mongodb.MongoDBContainer;

/** The same contract on a real MongoDB replica set; skipped (reported, not hidden) where Docker is missing. */
@Testcontainers(disabledWithoutDocker = true)
class MongoDbStorageContractTest extends StorageEngineContract {

    @Container
    static final MongoDBContainer MONGO = new MongoDBContainer("mongo:7.0").withReplicaSet();
    static MongoClient client;

    @BeforeAll
    static void connect() {
        client = MongoClients.create(MONGO.getReplicaSetUrl());
    }

    @AfterAll
    static void disconnect() {
        client.close();
    }

    @Override
    MongoDatabase freshDatabase() {
        return client.getDatabase("contract" + DATABASES.incrementAndGet());
    }
}
