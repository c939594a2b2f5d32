package id.gotong.config;

import com.mongodb.client.MongoDatabase;
import org.bson.Document;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.stereotype.Component;

/** Reports whether the event store's MongoDB answers, and which kind of store it is. */
@Component("store")
class StoreHealthIndicator extends AbstractHealthIndicator {

    private final MongoDatabase database;
    private final StoreProperties properties;

    StoreHealthIndicator(MongoDatabase database, StoreProperties properties) {
        this.database = database;
        this.properties = properties;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        database.runCommand(new Document("ping", 1));
        builder.up()
               .withDetail("kind", properties.embedded() ? "embedded" : "mongodb")
               .withDetail("database", database.getName());
    }
}
