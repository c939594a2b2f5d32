package id.gotong.config;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.nio.file.Path;
import java.time.Duration;

/**
 * Where the events live. With no {@code uri} (environment variable {@code GOTONG_MONGODB_URI}) the product starts its
 * embedded MongoDB-wire server with its data file under {@code dataDir}.
 * <p>
 * The timeouts bound how long a request waits for an unreachable store before it is answered 503
 * (docs/reliability.md): {@code serverSelectionTimeout} (default: {@code connectTimeout}) is how long an operation
 * waits for a reachable server, {@code readTimeout} how long it waits for the answer on an open connection (0: for
 * ever), {@code retryAfter} what the 503 tells the client to wait before retrying.
 */
@ConfigurationProperties("gotong.mongodb")
public record StoreProperties(
        String uri,
        @DefaultValue("gotong") String database,
        @DefaultValue("./data") Path dataDir,
        @DefaultValue("0") int embeddedPort,
        @DefaultValue("5s") Duration connectTimeout,
        Duration serverSelectionTimeout,
        @DefaultValue("30s") Duration readTimeout,
        @DefaultValue("5s") Duration retryAfter) {

    public Duration serverSelection() {
        return serverSelectionTimeout == null ? connectTimeout : serverSelectionTimeout;
    }

    public boolean embedded() {
        return uri == null || uri.isBlank();
    }
}
