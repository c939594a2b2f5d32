package id.gotong.config;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.nio.file.Path;
import java.time.Duration;

/**
 * Where the events live. With no {@code uri} (environment variable {@code GOTONG_MONGODB_URI}) the product starts its
 * embedded MongoDB-wire server with its data file under {@code dataDir}.
 */
@ConfigurationProperties("gotong.mongodb")
public record StoreProperties(
        String uri,
        @DefaultValue("gotong") String database,
        @DefaultValue("./data") Path dataDir,
        @DefaultValue("0") int embeddedPort,
        @DefaultValue("5s") Duration connectTimeout) {

    public boolean embedded() {
        return uri == null || uri.isBlank();
    }
}
