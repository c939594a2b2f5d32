package id.gotong.ledger.store;

import id.gotong.ledger.NoteSigner;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code gotong.jar ledger-key}: a new signing key on stdout that the application accepts, its verifier on stderr. */
class LedgerKeyCommandTest {

    @Test
    void printsASignerKeyForTheOriginAndItsVerifierKey() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = LedgerKeyCommand.run(new String[]{"example.go.id/ledger"},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));

        assertThat(code).isZero();
        NoteSigner signer = NoteSigner.parse(out.toString(StandardCharsets.UTF_8).strip());
        assertThat(signer.name()).isEqualTo("example.go.id/ledger");
        assertThat(err.toString(StandardCharsets.UTF_8).strip()).isEqualTo("verifier key: " + signer.verifierKey());
    }

    @Test
    void moreThanOneArgumentIsAUsageError() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertThat(LedgerKeyCommand.run(new String[]{"a", "b"}, System.out,
                new PrintStream(err, true, StandardCharsets.UTF_8))).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("usage: gotong.jar ledger-key");
    }
}
