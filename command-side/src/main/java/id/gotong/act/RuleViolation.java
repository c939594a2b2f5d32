package id.gotong.act;

/**
 * A business rule refused the act (HTTP 422). {@code rule} is a stable, kebab-case name that clients and docs use;
 * {@code field} names the offending input, or is {@code null} when the rule is about state.
 */
public class RuleViolation extends RuntimeException {

    private final String rule;
    private final String field;

    public RuleViolation(String rule, String field, String detail) {
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
