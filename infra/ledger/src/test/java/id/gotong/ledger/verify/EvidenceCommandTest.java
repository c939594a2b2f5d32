package id.gotong.ledger.verify;

import id.gotong.ledger.Checkpoint;
import id.gotong.ledger.LedgerLeaf;
import id.gotong.ledger.MerkleHash;
import id.gotong.ledger.NoteSigner;
import id.gotong.ledger.TestWitness;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static tools.jackson.databind.json.JsonMapper.builder;

/** {@code verify --evidence}: usage errors and packs that are not packs. Real packs: {@code LedgerHistoryTest}. */
class EvidenceCommandTest {
    static final String KEY = NoteSigner.generate("test.gotong/ledger").verifierKey();
    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();

    int run(String... args) {
        return VerifyCommand.run(args, new PrintStream(out, true), new PrintStream(err, true));
    }

    @Test
    void evidenceExcludesTheLogSourcesAndNeedsAKey() {
        assertThat(run("--evidence", "p.json", "--server", "http://x", "--key", KEY)).isEqualTo(2);
        assertThat(run("--evidence", "p.json", "--saved-checkpoint", "c", "--key", KEY)).isEqualTo(2);
        assertThat(run("--evidence", "p.json")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("verify --evidence PACK.json --key");
    }

    @Test
    void aMissingFileIsAUsageErrorAndAnythingButAPackFails(@TempDir Path dir) throws Exception {
        assertThat(run("--evidence", dir.resolve("missing.json").toString(), "--key", KEY)).isEqualTo(2);
        Path notJson = Files.writeString(dir.resolve("a.json"), "{not json");
        assertThat(run("--evidence", notJson.toString(), "--key", KEY)).isEqualTo(1);
        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("FAILED: the evidence pack is not valid JSON");
        out.reset();
        Path other = Files.writeString(dir.resolve("b.json"), "{\"format\":\"something-else\"}");
        assertThat(run("--evidence", other.toString(), "--key", KEY)).isEqualTo(1);
        assertThat(out.toString(StandardCharsets.UTF_8).strip())
                .isEqualTo("FAILED: not a gotong-evidence-pack/1 document (format something-else)");
    }

    /** A one-event pack whose checkpoint a witness cosigned: {@code --witness} requires that cosignature. */
    @Test
    void aWitnessPinnedWithWitnessMustHaveCosignedThePacksCheckpoint(@TempDir Path dir) throws Exception {
        NoteSigner log = NoteSigner.generate("test.gotong/ledger");
        TestWitness witness = TestWitness.generate("witness.example/w1");
        var json = builder().build();
        var event = json.readTree("{\"eventId\":\"e0\",\"timestamp\":\"2024-06-30T12:00:00Z\","
                + "\"payloadType\":\"x.Recorded\",\"payloadRevision\":null,"
                + "\"payload\":{\"provenance\":{\"collaborationId\":\"col-1\"}},\"metadata\":{}}");
        byte[] leaf = LedgerLeaf.bytes(0, event);
        String body = new Checkpoint(log.name(), 1, MerkleHash.leaf(leaf)).body();
        String note = log.sign(body) + witness.cosign(body, 1_700_000_000L);
        Path pack = dir.resolve("pack.json");
        Files.writeString(pack, json.writeValueAsString(Map.of("format", EvidenceVerifier.FORMAT,
                "collaborationId", "col-1", "checkpoint", note, "treeSize", 1, "events", java.util.List.of(Map.of(
                        "position", 0, "leaf", Base64.getEncoder().encodeToString(leaf), "event", event,
                        "proof", java.util.List.of())))));
        String key = log.verifierKey();
        assertThat(run("--evidence", pack.toString(), "--key", key, "--witness", witness.verifierKey())).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8).strip()).startsWith("VERIFIED: evidence pack")
                .endsWith("; cosigned by witness.example/w1 at 2023-11-14T22:13:20Z");
        out.reset();
        TestWitness other = TestWitness.generate("witness.example/w2");
        assertThat(run("--evidence", pack.toString(), "--key", key, "--witness", other.verifierKey())).isEqualTo(1);
        assertThat(out.toString(StandardCharsets.UTF_8).strip()).isEqualTo("FAILED: checkpoint is not cosigned as "
                + "required: note has no cosignature by witness key " + other.verifier().id());
        assertThat(run("--evidence", pack.toString(), "--key", key, "--witness", key)).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("verify: --witness: ");
    }
}
