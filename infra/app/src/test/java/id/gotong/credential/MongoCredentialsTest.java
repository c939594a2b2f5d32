package id.gotong.credential;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import id.gotong.embedded.EmbeddedMongoServer;
import id.gotong.web.Caller;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

/** The credential lifecycle: issued once, stored hashed, expires, revoked one by one or all at once. */
class MongoCredentialsTest {

    @TempDir
    Path dir;
    private EmbeddedMongoServer server;
    private MongoClient client;
    private final MovableClock clock = new MovableClock(Instant.parse("2026-01-10T08:00:00Z"));
    private MongoCredentials credentials;

    @BeforeEach
    void start() {
        server = EmbeddedMongoServer.start(dir.resolve("credentials.mv"), 0);
        client = MongoClients.create(server.connectionString());
        credentials = new MongoCredentials(client.getDatabase("credentials"), clock, Duration.ofDays(30));
    }

    @AfterEach
    void stop() {
        client.close();
        server.close();
    }

    @Test
    void aTokenIsStoredOnlyAsItsHashAndAuthenticatesItsHolder() {
        String token = credentials.issue("stk-a");

        assertThat(token).startsWith("gtg_").hasSizeGreaterThan(40);
        assertThat(credentials.authenticate(token)).contains(new Caller("stk-a", false, false));
        Document stored = client.getDatabase("credentials").getCollection("credentials").find().first();
        assertThat(stored.toJson()).doesNotContain(token).doesNotContain(token.substring(4));
        assertThat(stored.getString("_id")).isEqualTo(MongoCredentials.hash(token));
        assertThat(credentials.authenticate(token + "x")).isEmpty();
    }

    @Test
    void aCredentialExpiresAfterItsValidity() {
        String token = credentials.issue("stk-a");
        clock.advance(Duration.ofDays(30).minusSeconds(1));
        assertThat(credentials.authenticate(token)).isPresent();
        clock.advance(Duration.ofSeconds(1));
        assertThat(credentials.authenticate(token)).isEmpty();
    }

    @Test
    void revokingOneCredentialLeavesTheHoldersOthers() {
        String first = credentials.issue("stk-a");
        String second = credentials.issue("stk-a");

        assertThat(credentials.revoke(first)).isTrue();
        assertThat(credentials.revoke(first)).as("already revoked").isFalse();
        assertThat(credentials.revoke("gtg_unknown")).isFalse();
        assertThat(credentials.authenticate(first)).isEmpty();
        assertThat(credentials.authenticate(second)).isPresent();
    }

    @Test
    void revokingAllOfAHoldersCredentialsLeavesOtherHolders() {
        String a1 = credentials.issue("stk-a");
        String a2 = credentials.issue("stk-a");
        String b = credentials.issue("stk-b");

        assertThat(credentials.revokeAll("stk-a")).isEqualTo(2);
        assertThat(credentials.authenticate(a1)).isEmpty();
        assertThat(credentials.authenticate(a2)).isEmpty();
        assertThat(credentials.authenticate(b)).isPresent();
        assertThat(credentials.revokeAll("stk-a")).isZero();
    }

    @Test
    void anAuditorCredentialReadsEverythingAndIsNoOperator() {
        Caller auditor = credentials.authenticate(credentials.issueAuditor("aud-1")).orElseThrow();

        assertThat(auditor.auditor()).isTrue();
        assertThat(auditor.operator()).isFalse();
        assertThat(auditor.readsEverything()).isTrue();
        assertThat(auditor.roles()).containsExactly(Caller.AUDITOR);
        Caller operator = credentials.authenticate(credentials.issue(Caller.OPERATOR_ID)).orElseThrow();
        assertThat(operator.operator()).isTrue();
        assertThat(operator.roles()).containsExactly(Caller.OPERATOR);
    }

    private static final class MovableClock extends Clock {
        private Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
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
