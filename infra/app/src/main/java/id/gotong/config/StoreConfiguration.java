package id.gotong.config;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.MongoException;
import com.mongodb.ReadConcern;
import com.mongodb.WriteConcern;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import id.gotong.projection.EventHistory;
import id.gotong.embedded.EmbeddedMongoServer;
import id.gotong.correction.RecordedActs;
import id.gotong.eventstore.LedgerRecordedActs;
import id.gotong.eventstore.MongoLedgerStorageEngine;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.extensions.mongo.DefaultMongoTemplate;
import org.axonframework.extensions.mongo.eventsourcing.tokenstore.MongoTokenStore;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.axonframework.serialization.upcasting.event.EventUpcasterChain;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.concurrent.TimeUnit;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({StoreProperties.class, EventStoreProperties.class})
public class StoreConfiguration {

    private static final Logger log = LoggerFactory.getLogger(StoreConfiguration.class);
    static final String DATA_FILE = "gotong.mv";

    @Bean(destroyMethod = "close")
    @Conditional(NoMongoUriConfigured.class)
    EmbeddedMongoServer embeddedMongoServer(StoreProperties properties) {
        Path file = properties.dataDir().resolve(DATA_FILE).toAbsolutePath().normalize();
        EmbeddedMongoServer server = EmbeddedMongoServer.start(file, properties.embeddedPort());
        log.info("Store: embedded MongoDB-wire server at {}, data file {}", server.connectionString(), file);
        return server;
    }

    @Bean(destroyMethod = "close")
    MongoClient mongoClient(StoreProperties properties, ObjectProvider<EmbeddedMongoServer> embedded) {
        ConnectionString connection = new ConnectionString(
                properties.embedded() ? embedded.getObject().connectionString() : properties.uri());
        String target = redacted(connection);
        if (!properties.embedded()) {
            log.info("Store: MongoDB at {}, database {}", target, properties.database());
        }
        long connectMs = properties.connectTimeout().toMillis();
        long selectionMs = properties.serverSelection().toMillis();
        long readMs = properties.readTimeout().toMillis();
        MongoClientSettings.Builder settings = MongoClientSettings.builder()
                .applyConnectionString(connection)
                .applyToClusterSettings(c -> c.serverSelectionTimeout(selectionMs, TimeUnit.MILLISECONDS))
                .applyToSocketSettings(s -> s.connectTimeout((int) connectMs, TimeUnit.MILLISECONDS)
                                             .readTimeout((int) readMs, TimeUnit.MILLISECONDS));
        if (connection.getWriteConcern() == null) {
            // An acknowledged append must survive a primary failover: majority and journaled unless told otherwise.
            settings.writeConcern(WriteConcern.MAJORITY.withJournal(true));
        }
        if (connection.getReadConcern() == null && !properties.embedded()) {
            settings.readConcern(ReadConcern.MAJORITY);
        }
        MongoClient client = MongoClients.create(settings.build());
        try {
            client.getDatabase(properties.database()).runCommand(new Document("ping", 1));
        } catch (MongoException e) {
            client.close();
            throw new StoreUnavailableException(target, e);
        }
        return client;
    }

    private static String redacted(ConnectionString connection) {
        return "mongodb://" + (connection.getUsername() == null ? "" : connection.getUsername() + ":***@")
                + String.join(",", connection.getHosts());
    }

    @Bean
    MongoDatabase mongoDatabase(MongoClient client, StoreProperties properties) {
        return client.getDatabase(properties.database());
    }

    /** Instants are zone-free; the zone decides where a due day ends (Indonesia: WIB by default). */
    @Bean
    @ConditionalOnMissingBean
    Clock clock(@Value("${gotong.zone:Asia/Jakarta}") ZoneId zone) {
        return Clock.system(zone);
    }

    @Bean
    RecordedActs recordedActs(MongoLedgerStorageEngine engine) {
        return new LedgerRecordedActs(engine);
    }

    @Bean
    EventHistory eventHistory(MongoLedgerStorageEngine engine) {
        return new StoredHistory(engine);
    }

    @Bean
    MongoLedgerStorageEngine eventStorageEngine(MongoDatabase database,
                                                @Qualifier("eventSerializer") Serializer eventSerializer,
                                                ObjectProvider<EventUpcaster> upcasters,
                                                Clock clock,
                                                EventStoreProperties store) {
        MongoLedgerStorageEngine engine = MongoLedgerStorageEngine.builder()
                .database(database)
                .clock(clock)
                .eventSerializer(eventSerializer)
                .snapshotSerializer(eventSerializer)
                .upcasterChain(new EventUpcasterChain(upcasters.orderedStream().toList()))
                .groupCommit(store.groupCommit())
                .maxCommitsPerWrite(store.maxCommitsPerWrite())
                .build();
        engine.ensureIndexes();
        return engine;
    }

    @Bean
    TokenStore tokenStore(MongoClient client, StoreProperties properties, Serializer serializer) {
        return MongoTokenStore.builder()
                .mongoTemplate(DefaultMongoTemplate.builder().mongoDatabase(client, properties.database()).build())
                .serializer(serializer)
                .contentType(String.class)
                .build();
    }
}
