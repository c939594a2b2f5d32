package id.gotong.ui;

import id.gotong.GotongApplication;
import id.gotong.eventstore.MongoLedgerStorageEngine;
import id.gotong.ledger.NoteSigner;
import id.gotong.projection.Changes;
import id.gotong.projection.Projected;
import id.gotong.projection.ReadModels;
import id.gotong.web.Credentials;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The whole application with the demo data (the four case studies), over real HTTP. The page tests and the browser
 * tests extend this and share one application context; each test waits until the demo data is projected and covered
 * by a signed checkpoint, which the appender signs every 200 ms here.
 */
@SpringBootTest(classes = GotongApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
// A first read of a cold path can take more than the 5 s default on a busy 2-core machine.
@AutoConfigureWebTestClient(timeout = "30s")
public abstract class PageTestSupport {

    static final Path DATA_DIR = createDataDir();

    private static Path createDataDir() {
        try {
            return Files.createTempDirectory("gotong-page-test");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @DynamicPropertySource
    static void demoStore(DynamicPropertyRegistry registry) {
        registry.add("gotong.mongodb.data-dir", DATA_DIR::toString);
        registry.add("gotong.demo.enabled", () -> "true");
        registry.add("gotong.deadlines.interval", () -> "1h");
        registry.add("gotong.ledger.checkpoint-interval", () -> "200ms");
        registry.add("gotong.ledger.signer-key", () -> SIGNER.signerKey());
    }

    /**
     * A log key whose verifier key has a '+' inside its base64, as about half of all keys do: a client that splits the
     * key string at every '+' misreads it (the browser's check once did).
     */
    static final NoteSigner SIGNER = keyWithAPlusInItsBase64();

    private static NoteSigner keyWithAPlusInItsBase64() {
        for (int seed = 0; ; seed++) {
            NoteSigner signer = NoteSigner.fromSeed("gotong.local/ledger", sha256("page-test-" + seed));
            String verifierKey = signer.verifierKey();
            int base64 = verifierKey.indexOf('+', verifierKey.indexOf('+') + 1) + 1;
            if (verifierKey.substring(base64).contains("+")) {
                return signer;
            }
        }
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @BeforeAll
    static void quiet() {
        GotongApplication.quietAxonDefaults();
    }

    @LocalServerPort
    protected int port;
    @Autowired
    protected WebTestClient web;
    @Autowired
    protected Credentials credentials;
    @Autowired
    protected MongoLedgerStorageEngine engine;
    @Autowired
    private ReadModels models;
    @Autowired
    private Changes changes;

    @BeforeEach
    void everythingRecordedIsProjectedAndSigned() {
        long last = engine.nextPosition() - 1;
        new Projected(models, changes, engine).await(last);
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100))
                .until(() -> checkpointSize() > last);
    }

    protected long checkpointSize() {
        String note = web.get().uri("/api/ledger/checkpoint").exchange().expectBody(String.class)
                .returnResult().getResponseBody();
        return note == null || !note.contains("\n") ? -1 : Long.parseLong(note.split("\n")[1]);
    }

    protected String origin() {
        return "http://localhost:" + port;
    }

    /** A page as a browser without JavaScript gets it: status 200 and parsed HTML. */
    protected Document page(String uri) {
        return Jsoup.parse(web.get().uri(uri).exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody(), origin());
    }

    /**
     * Every control a person fills in or chooses has a name a screen reader reads: a {@code <label for>} (or an
     * enclosing label), or an {@code aria-label}; ids are unique so each label finds its control.
     */
    protected static void assertEveryFieldIsLabelled(Document page) {
        List<String> unlabelled = new ArrayList<>();
        for (Element field : page.select("input, select, textarea")) {
            String type = field.attr("type");
            if (type.equals("hidden") || type.equals("submit") || type.equals("button")) {
                continue;
            }
            String id = field.id();
            boolean labelled = !id.isEmpty() && !page.select("label[for=" + id + "]").isEmpty()
                    || field.closest("label") != null || field.hasAttr("aria-label")
                    || field.hasAttr("aria-labelledby");
            if (!labelled) {
                unlabelled.add(field.outerHtml());
            }
        }
        assertThat(unlabelled).as("fields without a label").isEmpty();
        List<String> ids = page.select("[id]").eachAttr("id");
        assertThat(ids).as("ids on the page").doesNotHaveDuplicates();
    }
}
