package id.gotong.act;

/** The act does not fit the current state, e.g. attendance for a closed meeting (HTTP 409). */
public class StateConflict extends RuleViolation {

    public StateConflict(String rule, String detail) {
        super(rule, null, detail);
    }
}
