package id.gotong.bench;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import id.gotong.embedded.EmbeddedMongoServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/** One embedded server on a fresh data file, a client and a database; the file is deleted on close. */
final class Scenario implements AutoCloseable {

    /** {@code -Dbench.compactionInterval=P1D} all but switches the embedded server's compaction off, to measure its cost. */
    static final Duration COMPACTION_INTERVAL = Duration.parse(System.getProperty("bench.compactionInterval",
            EmbeddedMongoServer.DEFAULT_COMPACTION_INTERVAL.toString()));

    final String name;
    final Path dataFile;
    final EmbeddedMongoServer server;
    final MongoClient client;
    final MongoDatabase database;
    private final AtomicLong insertCommands = new AtomicLong();

    private Scenario(String name, Path dataFile) {
        this.name = name;
        this.dataFile = dataFile;
        this.server = EmbeddedMongoServer.start(dataFile, 0, COMPACTION_INTERVAL);
        this.client = MongoClients.create(MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString(server.connectionString()))
                .addCommandListener(new CommandListener() {
                    @Override
                    public void commandStarted(CommandStartedEvent event) {
                        if ("insert".equals(event.getCommandName())) {
                            insertCommands.incrementAndGet();
                        }
                    }
                })
                .build());
        this.database = client.getDatabase("bench");
    }

    static Scenario start(Path directory, String name) {
        try {
            Files.createDirectories(directory);
            Path file = Files.createTempDirectory(directory, name + "-").resolve(name + ".mv");
            return new Scenario(name, file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Insert commands the client has sent, however many documents each carried. */
    long insertCommands() {
        return insertCommands.get();
    }

    long fileBytes() {
        try {
            return Files.exists(dataFile) ? Files.size(dataFile) : 0;
        } catch (IOException e) {
            return -1;
        }
    }

    @Override
    public void close() {
        try {
            client.close();
        } finally {
            server.close();
            try {
                Files.deleteIfExists(dataFile);
                Files.deleteIfExists(dataFile.getParent());
            } catch (IOException e) {
                // A left-over temp file is not worth failing the run for.
            }
        }
    }
}
