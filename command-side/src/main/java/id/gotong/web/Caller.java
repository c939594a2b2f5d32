package id.gotong.web;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The authenticated stakeholder behind a request. Acts are always recorded as this stakeholder. The per-collaboration
 * roles (lead, secretary, member) are not here: the aggregates check them against the collaboration's membership.
 *
 * @param stakeholderId the stakeholder (or auditor) the credential was issued to
 * @param operator      whether the credential is the operator's (registers stakeholders, issues and revokes
 *                      credentials, runs rebuilds)
 * @param auditor       whether the credential is an auditor's (reads everything, records nothing)
 */
public record Caller(String stakeholderId, boolean operator, boolean auditor) {

    public static final String OPERATOR_ID = "operator";
    public static final String OPERATOR = "operator";
    public static final String AUDITOR = "auditor";
    public static final String STAKEHOLDER = "stakeholder";

    public Caller {
        operator = operator || OPERATOR_ID.equals(stakeholderId);
    }

    public Caller(String stakeholderId, boolean operator) {
        this(stakeholderId, operator, false);
    }

    /** Whether this caller reads every field of every record, public or not (the auditor and the operator). */
    public boolean readsEverything() {
        return operator || auditor;
    }

    public Set<String> roles() {
        Set<String> roles = new LinkedHashSet<>();
        if (operator) {
            roles.add(OPERATOR);
        }
        if (auditor) {
            roles.add(AUDITOR);
        }
        if (roles.isEmpty()) {
            roles.add(STAKEHOLDER);
        }
        return roles;
    }
}
