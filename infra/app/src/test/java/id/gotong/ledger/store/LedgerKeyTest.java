package id.gotong.ledger.store;

import id.gotong.ledger.NoteSigner;
import id.gotong.ledger.TestWitness;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Duration;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LedgerKeyTest {
    static LedgerProperties properties(String origin, Path keyFile, String signerKey) {
        return new LedgerProperties(origin, keyFile, signerKey, Duration.ofSeconds(1), 1000, List.of(), Duration.ofSeconds(15));
    }

    @Test
    void theKeyFileIsCreatedOwnerOnlyOnFirstStartAndReusedAfterwards(@TempDir Path dataDir) throws Exception {
        NoteSigner first = LedgerConfiguration.signer(properties("gotong.local/ledger", null, null),
                dataDir.resolve("nested"));
        Path file = dataDir.resolve("nested").resolve("ledger.key");
        assertThat(Files.getPosixFilePermissions(file))
                .isEqualTo(Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE));
        NoteSigner again = LedgerConfiguration.signer(properties("gotong.local/ledger", null, null),
                dataDir.resolve("nested"));
        assertThat(again.verifierKey()).isEqualTo(first.verifierKey());
        assertThat(first.name()).isEqualTo("gotong.local/ledger");
    }

    @Test
    void aGivenSignerKeyWinsAndItsNameMustBeTheOrigin(@TempDir Path dataDir) {
        NoteSigner given = NoteSigner.generate("example.org/log");
        NoteSigner used = LedgerConfiguration.signer(properties("example.org/log", null, given.signerKey()), dataDir);
        assertThat(used.verifierKey()).isEqualTo(given.verifierKey());
        assertThat(dataDir.resolve("ledger.key")).doesNotExist();
        assertThatThrownBy(() -> LedgerConfiguration.signer(
                properties("gotong.local/ledger", null, given.signerKey()), dataDir))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("must be equal");
    }

    @Test
    void witnessKeysMustBeCosignatureKeysAndDistinct() {
        TestWitness witness = TestWitness.generate("witness.example/w1");
        assertThat(LedgerWitnesses.parse(List.of(" " + witness.verifierKey() + " ")).get(0).verifierKey())
                .isEqualTo(witness.verifierKey());
        assertThatThrownBy(() -> LedgerWitnesses.parse(List.of(witness.verifierKey(),
                NoteSigner.generate("witness.example/w2").verifierKey())))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("gotong.ledger.witnesses[1]");
        assertThatThrownBy(() -> new LedgerWitnesses(null, LedgerWitnesses.parse(
                List.of(witness.verifierKey(), witness.verifierKey()))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("share a name and key id");
    }
}
