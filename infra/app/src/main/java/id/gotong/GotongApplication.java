package id.gotong;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class GotongApplication {

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("verify")) {  // the ledger verifier CLI, also reading a database; no Spring
            quietLogging();
            System.exit(id.gotong.ledger.verify.VerifyCommand.run(java.util.Arrays.copyOfRange(args, 1, args.length),
                    System.out, System.err, id.gotong.ledger.store.MongoLedgerSource::new));
        }
        if (args.length > 0 && args[0].equals("rebuild")) {  // rebuild the read models and exit
            System.exit(id.gotong.rebuild.RebuildCommand.main(java.util.Arrays.copyOfRange(args, 1, args.length)));
        }
        if (args.length > 0 && args[0].equals("ledger-key")) {  // a new signing key for several processes
            System.exit(id.gotong.ledger.store.LedgerKeyCommand.main(java.util.Arrays.copyOfRange(args, 1, args.length)));
        }
        if (args.length > 0 && args[0].equals("store")) {  // the embedded store alone, for several processes
            System.exit(id.gotong.embedded.StoreCommand.main(java.util.Arrays.copyOfRange(args, 1, args.length)));
        }
        quietAxonDefaults();
        SpringApplication.run(GotongApplication.class, args);
    }

    /** No Spring configures logging for a command: keep the driver's chatter off the verdict. */
    private static void quietLogging() {
        if (org.slf4j.LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)
                instanceof ch.qos.logback.classic.Logger root) {
            root.setLevel(ch.qos.logback.classic.Level.WARN);
        }
    }

    /** Axon's update checker phones home; a ledger for government data must not. Explicit settings still win. */
    public static void quietAxonDefaults() {
        if (System.getProperty("axoniq.update-checker.disabled") == null) {
            System.setProperty("axoniq.update-checker.disabled", "true");
        }
        if (System.getProperty("disable-axoniq-console-message") == null) {
            System.setProperty("disable-axoniq-console-message", "true");
        }
    }
}
