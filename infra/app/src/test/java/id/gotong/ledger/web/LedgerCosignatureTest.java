package id.gotong.ledger.web;

import id.gotong.ledger.Checkpoint;
import id.gotong.ledger.NoteSigner;
import id.gotong.ledger.SignedNote;
import id.gotong.ledger.TestWitness;
import id.gotong.ledger.store.LedgerStore;
import id.gotong.ledger.store.MongoLedgerSource;
import id.gotong.ledger.verify.VerifyCommand;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;

/** Witnesses cosign checkpoints over HTTP; the checkpoint then carries their cosignatures; forgeries store nothing. */
class LedgerCosignatureTest extends LedgerTlogTestSupport {

    @Test
    void aWitnessCosignsTheServedCheckpointWhichThenVerifiesWithBothKeys() {
        String note = logNote();
        String body = TestWitness.text(note);
        assertThat(Checkpoint.parse(body)).isEqualTo(checkpoint);
        long time = now() - 5;
        String cosignature = WITNESS.cosign(body, time);
        String answer = post(note + cosignature).expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith(MediaType.TEXT_PLAIN)
                .expectBody(String.class).returnResult().getResponseBody();

        String served = text("/api/ledger/checkpoint");
        assertThat(served).isEqualTo(answer).isEqualTo(note + cosignature);
        SignedNote signed = SignedNote.parse(served);
        assertThat(key.signed(signed.signatures().get(0))).isTrue();
        assertThat(Checkpoint.verify(served, key, ORIGIN)).isEqualTo(checkpoint);
        assertThat(WITNESS.verifier().verify(signed)).isEqualTo(time);

        // The other witness sends the checkpoint text and its line only; the newest of its cosignatures is kept.
        post(body + "\n" + SECOND_WITNESS.cosign(body, now() - 100)).expectStatus().isOk();
        String newest = SECOND_WITNESS.cosign(body, now() - 10);
        post(body + "\n" + newest).expectStatus().isOk();
        post(body + "\n" + SECOND_WITNESS.cosign(body, now() - 50)).expectStatus().isOk();
        served = text("/api/ledger/checkpoint");
        assertThat(served).isEqualTo(note + cosignature + newest);

        String[] server = {"--server", "http://127.0.0.1:" + port, "--key", key.verifierKey(),
                "--token-file", DATA_DIR.resolve("operator.credential").toString()};
        assertThat(verify(server, "--witness", WITNESS.verifierKey(), "--witness", SECOND_WITNESS.verifierKey()))
                .startsWith("VERIFIED: " + checkpoint.treeSize() + " entries")
                .contains("; cosigned by witness.example/w1 at " + Instant.ofEpochSecond(time),
                        ", witness.example/w2 at ");
        assertThat(verify(server)).startsWith("VERIFIED: ").doesNotContain("cosigned");
        TestWitness absent = TestWitness.generate("witness.example/w3");
        assertThat(verify(server, "--witness", absent.verifierKey())).isEqualTo(
                "FAILED: latest checkpoint is not cosigned as required: note has no cosignature by witness key "
                        + absent.verifier().id());
        String[] db = {"--mongodb-uri", mongo.connectionString(), "--database", database.getName(),
                "--key", key.verifierKey()};
        assertThat(verify(db, "--witness", SECOND_WITNESS.verifierKey())).contains("cosigned by witness.example/w2");
        assertThat(verify(db, "--witness", absent.verifierKey())).startsWith("FAILED: ");
    }

    @Test
    void forgedOrMisdirectedCosignaturesAreProblemsAndStoreNothing() {
        String note = logNote();
        String body = TestWitness.text(note);
        String other = body.replace(Base64.getEncoder().encodeToString(checkpoint.rootHash()),
                Base64.getEncoder().encodeToString(new byte[32]));
        String valid = WITNESS.cosign(body, now());
        String tampered = valid.substring(0, 40) + (valid.charAt(40) == 'A' ? 'B' : 'A') + valid.substring(41);
        String served = text("/api/ledger/checkpoint");
        long stored = storedCosignatures();

        rejected(note + tampered, 403, "invalid-cosignature", "signature", "valid-cosignature-v1");
        rejected(note + TestWitness.generate("witness.example/w9").cosign(body, now()), 403, "unknown-witness",
                "signature", "configured-witness");
        rejected(note + valid + TestWitness.generate("witness.example/w9").cosign(body, now()), 403,
                "unknown-witness", "signature", "configured-witness");
        rejected(other + "\n" + WITNESS.cosign(other, now()), 422, "unknown-checkpoint", "checkpoint",
                "signed-by-this-log");
        String elsewhere = body.replace(ORIGIN, "other.example/log");
        rejected(NoteSigner.generate("other.example/log").sign(elsewhere) + WITNESS.cosign(elsewhere, now()), 422,
                "unknown-checkpoint", "checkpoint", "signed-by-this-log");
        rejected(note + WITNESS.cosign(body, now() + 3600), 403, "invalid-cosignature", "signature",
                "timestamp-not-in-future");
        rejected(note, 400, "no-cosignature", "signature", "required");
        rejected("hello\n", 400, "malformed-note", "body", "signed-note");
        rejected("hello\n\n" + valid, 400, "malformed-note", "body", "checkpoint");
        web.post().uri("/api/ledger/cosignature").exchange().expectStatus().isBadRequest()
           .expectBody().jsonPath("$.rule").isEqualTo("required");

        assertThat(storedCosignatures()).isEqualTo(stored);
        assertThat(text("/api/ledger/checkpoint")).isEqualTo(served);
    }

    /** The served checkpoint without the witnesses' lines, whatever the other test stored. */
    private String logNote() {
        SignedNote served = SignedNote.parse(text("/api/ledger/checkpoint"));
        return new SignedNote(served.text(), served.signatures().stream().filter(key::signed).toList()).note();
    }

    private void rejected(String body, int status, String type, String field, String rule) {
        post(body).expectStatus().isEqualTo(status)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").isEqualTo("https://gotong.id/problems/" + type)
                .jsonPath("$.status").isEqualTo(status)
                .jsonPath("$.title").isNotEmpty()
                .jsonPath("$.detail").isNotEmpty()
                .jsonPath("$.instance").isEqualTo("/api/ledger/cosignature")
                .jsonPath("$.field").isEqualTo(field)
                .jsonPath("$.rule").isEqualTo(rule);
    }

    private WebTestClient.ResponseSpec post(String body) {
        return web.post().uri("/api/ledger/cosignature").contentType(MediaType.TEXT_PLAIN).bodyValue(body).exchange();
    }

    private long storedCosignatures() {
        return database.getCollection(LedgerStore.COSIGNATURES).countDocuments();
    }

    private static long now() {
        return Instant.now().getEpochSecond();
    }

    private String verify(String[] source, String... witnesses) {
        String[] args = new String[source.length + witnesses.length];
        System.arraycopy(source, 0, args, 0, source.length);
        System.arraycopy(witnesses, 0, args, source.length, witnesses.length);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        VerifyCommand.run(args, new PrintStream(out, true), new PrintStream(new ByteArrayOutputStream(), true),
                MongoLedgerSource::new);
        return out.toString(StandardCharsets.UTF_8).strip();
    }
}
