package id.gotong.act;

/** The caller may not do this act, e.g. sign for another party or act in a collaboration it is not a member of (HTTP 403). */
public class NotPermitted extends RuleViolation {

    public NotPermitted(String rule, String detail) {
        super(rule, null, detail);
    }
}
