package id.gotong.ledger.verify;

import id.gotong.ledger.NoteSigner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

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
}
