package id.gotong.projection;

/** A read request the API cannot answer as asked (HTTP 400); {@code rule} and {@code field} as in every problem. */
public class BadQuery extends RuntimeException {

    private final String rule;
    private final String field;

    public BadQuery(String rule, String field, String detail) {
        super(detail);
        this.rule = rule;
        this.field = field;
    }

    public String rule() {
        return rule;
    }

    public String field() {
        return field;
    }
}
