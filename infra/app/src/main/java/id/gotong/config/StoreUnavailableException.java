package id.gotong.config;

/** The configured MongoDB did not answer at start-up; reported as one message by {@link StoreFailureAnalyzer}. */
public class StoreUnavailableException extends RuntimeException {

    private final String target;

    public StoreUnavailableException(String target, Throwable cause) {
        super("MongoDB at " + target + " did not answer: " + cause.getMessage(), cause);
        this.target = target;
    }

    public String target() {
        return target;
    }
}
