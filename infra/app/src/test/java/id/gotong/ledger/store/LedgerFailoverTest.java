package id.gotong.ledger.store;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import id.gotong.embedded.EmbeddedMongoServer;
import id.gotong.eventstore.MongoLedgerStorageEngine;
import id.gotong.ledger.NoteSigner;
import id.gotong.ledger.verify.LedgerVerifier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import static id.gotong.ledger.store.LedgerFixture.appendCommits;
import static id.gotong.ledger.store.LedgerFixture.engine;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * Two appenders on one database, as two processes would run them: one holds the lease and appends, the other
 * follows; when the holder stops (gracefully, or as if killed) the other takes over, and the tree goes on and
 * verifies across the change of hands.
 */
class LedgerFailoverTest {
    static final NoteSigner SIGNER = NoteSigner.generate("test.gotong/ledger");
    static final Duration LEASE = Duration.ofSeconds(10);

    @TempDir
    Path dir;
    EmbeddedMongoServer server;
    MongoClient client;
    MongoDatabase db;
    MongoLedgerStorageEngine engine;
    LedgerStore store;
    final SettableClock clock = new SettableClock(Instant.parse("2026-01-05T03:00:00Z"));

    @BeforeEach
    void database() {
        server = EmbeddedMongoServer.start(dir.resolve("failover.mv"), 0);
        client = MongoClients.create(server.connectionString());
        db = client.getDatabase("failover");
        engine = engine(db);
        store = new LedgerStore(db);
    }

    @AfterEach
    void stop() {
        client.close();
        server.close();
    }

    LedgerAppender appender(String owner) {
        return new LedgerAppender(store, new MongoTreeNodes(db), SIGNER, clock, Duration.ofMillis(20), 7,
                store.lease(owner, clock, LEASE));
    }

    @Test
    void whenTheLeaderIsKilled_thenTheFollowerTakesOverAfterTheLeaseExpiresAndTheTreeGoesOnAndVerifies() {
        appendCommits(engine, "agr-1", 20);
        LedgerAppender first = appender("first");
        LedgerAppender second = appender("second");
        try {
            first.start();
            await().atMost(Duration.ofSeconds(20)).until(first::leading);
            second.start();
            awaitCheckpoint(engine.nextPosition());
            String before = store.latestCheckpoint().note();
            // The follower serves the tree the leader persisted, and does not sign.
            await().atMost(Duration.ofSeconds(20)).until(() -> second.tree() != null
                    && second.tree().size() == engine.nextPosition());
            assertThat(second.leading()).isFalse();
            assertThat(store.lease("probe", clock, LEASE).holder().owner()).isEqualTo("first");

            first.halt();  // no release: the lease stays with a process that no longer renews it
            appendCommits(engine, "agr-2", 20);
            long grown = engine.nextPosition();
            assertThat(second.leading()).isFalse();
            assertThat(store.latestCheckpoint().treeSize()).isLessThan(grown);

            clock.advance(LEASE.plusSeconds(1));
            await().atMost(Duration.ofSeconds(20)).until(second::leading);
            awaitCheckpoint(grown);
            assertThat(store.lease("probe", clock, LEASE).holder().owner()).isEqualTo("second");
            assertThat(verify(before).verdict()).startsWith("VERIFIED: " + grown + " entries");
        } finally {
            second.close();
            first.close();
        }
    }

    @Test
    void whenTheLeaderStopsGracefully_thenTheFollowerTakesOverWithoutWaitingForExpiry() {
        appendCommits(engine, "agr-1", 10);
        LedgerAppender first = appender("first");
        LedgerAppender second = appender("second");
        try {
            first.start();
            await().atMost(Duration.ofSeconds(20)).until(first::leading);
            second.start();
            awaitCheckpoint(engine.nextPosition());
            String before = store.latestCheckpoint().note();

            first.close();
            appendCommits(engine, "agr-2", 10);
            await().atMost(Duration.ofSeconds(20)).until(second::leading);  // the clock did not move
            awaitCheckpoint(engine.nextPosition());
            assertThat(verify(before).verified()).isTrue();
        } finally {
            second.close();
        }
    }

    @Test
    void aLeaseIsTakenOnlyWhenFreeExpiredOrOwn_andRenewalExtendsIt() {
        LedgerLease a = store.lease("a", clock, LEASE);
        LedgerLease b = store.lease("b", clock, LEASE);
        assertThat(a.acquire()).isTrue();
        assertThat(b.acquire()).isFalse();
        clock.advance(Duration.ofSeconds(6));
        assertThat(a.due()).isTrue();
        assertThat(a.acquire()).isTrue();  // renewed: now valid until 16 s
        clock.advance(Duration.ofSeconds(6));
        assertThat(b.acquire()).isFalse();
        assertThat(a.held()).isTrue();
        clock.advance(Duration.ofSeconds(5));
        assertThat(a.held()).isFalse();
        assertThat(b.acquire()).isTrue();
        assertThat(a.acquire()).isFalse();
        assertThat(a.holder()).isEqualTo(new LedgerLease.Holder("b", clock.instant().plus(LEASE)));
    }

    @Test
    void aSecondSigningKeyForTheSameDatabaseIsRefused() {
        store.pinVerifierKey(SIGNER.verifierKey());
        store.pinVerifierKey(SIGNER.verifierKey());
        String other = NoteSigner.generate("test.gotong/ledger").verifierKey();
        assertThatThrownBy(() -> store.pinVerifierKey(other))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("gotong.ledger.signer-key");
    }

    void awaitCheckpoint(long treeSize) {
        await().atMost(Duration.ofSeconds(30)).until(() -> store.latestCheckpoint() != null
                && store.latestCheckpoint().treeSize() == treeSize);
    }

    LedgerVerifier.Result verify(String saved) {
        ByteArrayOutputStream progress = new ByteArrayOutputStream();
        try (MongoLedgerSource source = new MongoLedgerSource(server.connectionString(), db.getName())) {
            return new LedgerVerifier(SIGNER.verifier(), new PrintStream(progress, true, StandardCharsets.UTF_8))
                    .verify(source, saved);
        }
    }

    static final class SettableClock extends Clock {
        private volatile Instant now;

        SettableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
