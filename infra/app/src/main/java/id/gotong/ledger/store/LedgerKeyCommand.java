package id.gotong.ledger.store;

import id.gotong.ledger.NoteSigner;

import java.io.PrintStream;

/**
 * {@code java -jar gotong.jar ledger-key [origin]}: prints a new ledger signing key ({@code PRIVATE+KEY+...}) on
 * stdout, for a secret store and {@code gotong.ledger.signer-key}, and its verifier key on stderr, for auditors. Every
 * process of one deployment is given the same key. The origin defaults to {@code gotong.local/ledger} and must equal
 * {@code gotong.ledger.origin}.
 */
public final class LedgerKeyCommand {

    private LedgerKeyCommand() {
    }

    public static int main(String[] args) {
        return run(args, System.out, System.err);
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length > 1) {
            err.println("usage: gotong.jar ledger-key [origin]");
            return 2;
        }
        NoteSigner signer = NoteSigner.generate(args.length == 1 ? args[0] : "gotong.local/ledger");
        out.println(signer.signerKey());
        err.println("verifier key: " + signer.verifierKey());
        return 0;
    }
}
