package id.gotong.config;

import id.gotong.eventstore.MongoLedgerStorageEngine;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the event store writes.
 *
 * @param groupCommit        units of work appending at the same time share one insert (group commit)
 * @param maxCommitsPerWrite the most commits one group-commit insert carries
 */
@ConfigurationProperties("gotong.store")
public record EventStoreProperties(
        @DefaultValue("true") boolean groupCommit,
        @DefaultValue("" + MongoLedgerStorageEngine.DEFAULT_MAX_COMMITS_PER_WRITE) int maxCommitsPerWrite) {
}
