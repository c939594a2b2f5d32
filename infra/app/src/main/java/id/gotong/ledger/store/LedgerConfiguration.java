package id.gotong.ledger.store;

import com.mongodb.client.MongoDatabase;
import id.gotong.config.StoreProperties;
import id.gotong.ledger.CosignatureVerifier;
import id.gotong.ledger.NoteSigner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

/**
 * The ledger's beans: its signing key (pinned in the database on first start, so processes sharing it cannot sign
 * with different keys), tree node store, the appender (started once the application is ready; with several
 * processes, the holder of its lease appends), and the trusted witnesses.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(LedgerProperties.class)
public class LedgerConfiguration {
    private static final Logger log = LoggerFactory.getLogger(LedgerConfiguration.class);
    static final String KEY_FILE = "ledger.key";

    @Bean
    LedgerStore ledgerStore(MongoDatabase database) {
        return new LedgerStore(database);
    }

    @Bean
    LedgerCheckpoints ledgerCheckpoints(LedgerStore store) {
        return new LedgerCheckpoints(store);
    }

    @Bean
    MongoTreeNodes ledgerTreeNodes(MongoDatabase database) {
        return new MongoTreeNodes(database);
    }

    @Bean
    LedgerWitnesses ledgerWitnesses(LedgerStore store, LedgerProperties properties) {
        LedgerWitnesses witnesses = new LedgerWitnesses(store, LedgerWitnesses.parse(properties.witnesses()));
        if (!witnesses.keys().isEmpty()) {
            log.info("Ledger: accepting cosignatures by {}", witnesses.keys().stream()
                    .map(CosignatureVerifier::verifierKey).toList());
        }
        return witnesses;
    }

    @Bean(destroyMethod = "close")
    LedgerAppender ledgerAppender(LedgerStore store, MongoTreeNodes nodes, LedgerProperties properties,
                                  StoreProperties storeProperties, Clock clock) {
        NoteSigner signer = signer(properties, storeProperties.dataDir());
        log.info("Ledger: origin {}, verifier key {}", properties.origin(), signer.verifierKey());
        store.pinVerifierKey(signer.verifierKey());
        return new LedgerAppender(store, nodes, signer, clock, properties.checkpointInterval(), properties.batchSize(),
                store.lease(LedgerLease.newOwner(), clock, properties.leaseDuration()));
    }

    @EventListener(ApplicationReadyEvent.class)
    void startLedger(ApplicationReadyEvent event) {
        event.getApplicationContext().getBean(LedgerAppender.class).start();
    }

    /** The key from {@code signer-key}, else from {@code key-file}, which is created on first start. */
    static NoteSigner signer(LedgerProperties properties, Path dataDir) {
        String origin = properties.origin();
        NoteSigner signer;
        if (properties.signerKey() != null && !properties.signerKey().isBlank()) {
            signer = NoteSigner.parse(properties.signerKey().strip());
        } else {
            Path file = (properties.keyFile() != null ? properties.keyFile() : dataDir.resolve(KEY_FILE))
                    .toAbsolutePath().normalize();
            try {
                if (Files.exists(file)) {
                    signer = NoteSigner.load(file);
                } else {
                    Files.createDirectories(file.getParent());
                    signer = NoteSigner.generate(origin);
                    signer.save(file);
                    log.info("Ledger: created signing key {}", file);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read or create the ledger key " + file, e);
            }
        }
        if (!signer.name().equals(origin)) {
            throw new IllegalStateException("the ledger key is named " + signer.name()
                    + " but gotong.ledger.origin is " + origin + "; they must be equal");
        }
        return signer;
    }
}
