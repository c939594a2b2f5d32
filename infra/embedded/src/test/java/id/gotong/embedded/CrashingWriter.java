package id.gotong.embedded;

import java.nio.file.Path;
import java.util.List;

import org.bson.Document;
import org.slf4j.LoggerFactory;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;

/**
 * Child process of {@link CrashDurabilityTest}: writes documents until it is killed, printing {@code ACK <id>} for
 * every acknowledged insert.
 */
public final class CrashingWriter {

    static final String ACK = "ACK ";
    static final int MAX_DOCUMENTS = 200_000;

    public static void main(String[] args) {
        // Without a logback configuration every driver command is logged at DEBUG to stdout.
        ((Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME)).setLevel(Level.WARN);
        EmbeddedMongoServer server = EmbeddedMongoServer.start(Path.of(args[0]), 0);
        MongoClient client = MongoClients.create(server.connectionString());
        MongoCollection<Document> events = client.getDatabase("gotong").getCollection("events");
        events.createIndex(Indexes.ascending("keys"), new IndexOptions().unique(true));
        String payload = "x".repeat(300);
        for (int id = 0; id < MAX_DOCUMENTS; id++) {
            events.insertOne(new Document("_id", id).append("keys", List.of("k" + id, "s" + id))
                .append("payload", payload));
            System.out.println(ACK + id);
            System.out.flush();
        }
    }
}
