package id.gotong.projection;

/** Nothing to read (HTTP 404), e.g. a collaboration not registered as of the moment asked. */
public class NotFound extends RuntimeException {

    private final String rule;

    public NotFound(String rule, String detail) {
        super(detail);
        this.rule = rule;
    }

    public String rule() {
        return rule;
    }
}
