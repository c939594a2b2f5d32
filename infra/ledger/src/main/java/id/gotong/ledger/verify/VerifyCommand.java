package id.gotong.ledger.verify;

import id.gotong.ledger.CosignatureVerifier;
import id.gotong.ledger.NoteVerifier;

import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code java -jar gotong-verify.jar verify (--server URL [--token-file FILE] | --mongodb-uri URI [--database NAME]) --key VKEY
 * [--saved-checkpoint FILE] [--witness WITNESS_VKEY]...}: verifies the whole ledger, prints progress to stderr and a
 * one-line verdict to stdout; {@code verify --evidence PACK.json --key VKEY [--witness WITNESS_VKEY]...} checks an
 * evidence pack offline ({@link EvidenceVerifier}). Each {@code --witness} requires a valid cosignature of the
 * checkpoint by that witness. Over HTTP the leaves are served to auditors and the operator only: {@code --token-file}
 * names a file holding such a bearer credential. Exit status 0 verified, 1 failed, 2 usage error.
 *
 * <p>{@code java -jar gotong.jar verify} takes the same options; only it reads a database ({@code --mongodb-uri}), as
 * this module has no MongoDB driver: it passes a {@link DatabaseSource}.
 */
public final class VerifyCommand {
    static final String USAGE = "usage: verify (--server URL [--token-file FILE] | --mongodb-uri URI [--database gotong]) --key VERIFIER_KEY"
            + " [--saved-checkpoint FILE] [--witness WITNESS_KEY]...\n"
            + "       verify --evidence PACK.json --key VERIFIER_KEY [--witness WITNESS_KEY]...";
    private static final Set<String> OPTIONS = Set.of("--server", "--mongodb-uri", "--database", "--key",
            "--saved-checkpoint", "--evidence", "--witness", "--token-file");

    /** Opens the ledger a database holds, for {@code --mongodb-uri URI [--database NAME]}. */
    @FunctionalInterface
    public interface DatabaseSource {
        LedgerSource open(String uri, String database, List<CosignatureVerifier> witnesses);
    }

    private VerifyCommand() {
    }

    /** The entry point of {@code gotong-verify.jar}: {@code verify} and its options; exits with the status. */
    public static void main(String[] args) {
        if (args.length == 0 || !args[0].equals("verify")) {
            System.err.println(USAGE);
            System.exit(2);
        }
        System.exit(run(Arrays.copyOfRange(args, 1, args.length), System.out, System.err));
    }

    /** Runs {@code verify} with the given options and returns the exit status; reads no database. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        return run(args, out, err, null);
    }

    /** As {@link #run(String[], PrintStream, PrintStream)}, reading a database through {@code databases}. */
    public static int run(String[] args, PrintStream out, PrintStream err, DatabaseSource databases) {
        Map<String, String> options = new HashMap<>();
        List<String> witnessKeys = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String name = args[i];
            String value = null;
            int eq = name.indexOf('=');
            if (eq > 0) {
                value = name.substring(eq + 1);
                name = name.substring(0, eq);
            } else if (i + 1 < args.length) {
                value = args[++i];
            }
            if (!OPTIONS.contains(name) || value == null) {
                err.println(value == null ? "missing value for " + name : "unknown option " + name);
                err.println(USAGE);
                return 2;
            }
            if (name.equals("--witness")) {
                witnessKeys.add(value);
            } else {
                options.put(name, value);
            }
        }
        List<CosignatureVerifier> witnesses = new ArrayList<>();
        try {
            for (String witness : witnessKeys) {
                witnesses.add(CosignatureVerifier.parse(witness.strip()));
            }
        } catch (IllegalArgumentException e) {
            err.println("verify: --witness: " + e.getMessage());
            return 2;
        }
        boolean server = options.containsKey("--server");
        if (options.containsKey("--evidence")) {
            if (server || options.containsKey("--mongodb-uri") || options.containsKey("--database")
                    || options.containsKey("--saved-checkpoint") || !options.containsKey("--key")) {
                err.println(USAGE);
                return 2;
            }
            return evidence(options.get("--evidence"), options.get("--key"), witnesses, out, err);
        }
        if (server == options.containsKey("--mongodb-uri") || !options.containsKey("--key")) {
            err.println(USAGE);
            return 2;
        }
        if (!server && databases == null) {
            err.println("verify: this verifier reads the ledger over HTTP (--server); reading the database"
                    + " (--mongodb-uri) needs gotong.jar verify");
            return 2;
        }
        NoteVerifier key;
        String saved = null;
        String token = null;
        try {
            if (options.containsKey("--token-file")) {
                token = Files.readString(Path.of(options.get("--token-file")), StandardCharsets.UTF_8).strip();
            }
            key = NoteVerifier.parse(options.get("--key").strip());
            if (options.containsKey("--saved-checkpoint")) {
                saved = Files.readString(Path.of(options.get("--saved-checkpoint")), StandardCharsets.UTF_8);
            }
        } catch (IllegalArgumentException | IOException e) {
            err.println("verify: " + e.getMessage());
            return 2;
        }
        LedgerVerifier.Result result;
        try (LedgerSource source = server
                ? new HttpLedgerSource(options.get("--server"), token)
                : databases.open(options.get("--mongodb-uri"), options.getOrDefault("--database", "gotong"),
                        witnesses)) {
            result = new LedgerVerifier(key, witnesses, err).verify(source, saved);
        }
        out.println(result.verdict());
        return result.verified() ? 0 : 1;
    }

    private static int evidence(String file, String verifierKey, List<CosignatureVerifier> witnesses, PrintStream out,
                                PrintStream err) {
        NoteVerifier key;
        JsonNode pack;
        try {
            key = NoteVerifier.parse(verifierKey.strip());
            pack = tools.jackson.databind.json.JsonMapper.builder().build()
                    .readTree(Files.readString(Path.of(file), StandardCharsets.UTF_8));
        } catch (IllegalArgumentException | IOException e) {
            err.println("verify: " + e.getMessage());
            return 2;
        } catch (tools.jackson.core.JacksonException e) {
            out.println("FAILED: the evidence pack is not valid JSON: " + e.getOriginalMessage());
            return 1;
        }
        EvidenceVerifier.Result result = new EvidenceVerifier(key, witnesses).verify(pack);
        out.println(result.verdict());
        return result.verified() ? 0 : 1;
    }
}
