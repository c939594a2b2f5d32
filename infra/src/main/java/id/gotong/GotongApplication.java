package id.gotong;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class GotongApplication {

    public static void main(String[] args) {
        quietAxonDefaults();
        SpringApplication.run(GotongApplication.class, args);
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
