package id.gotong.ledger.web;

import id.gotong.web.CallerResolver;
import id.gotong.web.Readers;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import id.gotong.embedded.EmbeddedMongoServer;
import id.gotong.ledger.NoteSigner;
import id.gotong.ledger.store.LedgerAppender;
import id.gotong.ledger.store.LedgerStore;
import id.gotong.ledger.store.LedgerWitnesses;
import id.gotong.ledger.store.MongoTreeNodes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/** An empty ledger, and one whose appender has not opened its tree yet: 404 and 503 problems. */
class LedgerEmptyTest {

    @Test
    void noCheckpointIsA404AndAnUnopenedTreeA503(@TempDir Path dir) {
        try (EmbeddedMongoServer server = EmbeddedMongoServer.start(dir.resolve("empty.mv"), 0);
             MongoClient client = MongoClients.create(server.connectionString())) {
            MongoDatabase db = client.getDatabase("empty");
            LedgerAppender appender = new LedgerAppender(new LedgerStore(db), new MongoTreeNodes(db),
                    NoteSigner.generate("gotong.local/ledger"), Clock.systemUTC(), Duration.ofSeconds(1), 10);
            WebTestClient web = WebTestClient.bindToController(
                    new LedgerController(appender, new LedgerStore(db), new MongoTreeNodes(db),
                            new LedgerWitnesses(new LedgerStore(db), List.of()), new Readers(null)),
                    new TileController(appender, new LedgerStore(db), new MongoTreeNodes(db)))
                    .argumentResolvers(resolvers -> resolvers.addCustomResolver(new CallerResolver()))
                    .controllerAdvice(new LedgerProblems()).build();
            web.get().uri("/api/ledger/checkpoint").exchange()
               .expectStatus().isNotFound()
               .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
               .expectBody().jsonPath("$.type").isEqualTo("https://gotong.id/problems/no-checkpoint")
               .jsonPath("$.instance").isEqualTo("/api/ledger/checkpoint");
            web.get().uri("/api/ledger/proof/consistency?from=0&to=0").exchange()
               .expectStatus().isEqualTo(503)
               .expectBody().jsonPath("$.type").isEqualTo("https://gotong.id/problems/ledger-starting");
            web.get().uri("/api/ledger/tile/0/000.p/1").exchange()
               .expectStatus().isEqualTo(503)
               .expectBody().jsonPath("$.type").isEqualTo("https://gotong.id/problems/ledger-starting");
            web.get().uri("/api/ledger/key").exchange()
               .expectStatus().isOk().expectHeader().contentTypeCompatibleWith(MediaType.TEXT_PLAIN);
        }
    }
}
