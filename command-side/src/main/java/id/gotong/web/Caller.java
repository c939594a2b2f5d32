package id.gotong.web;

import java.util.Set;

/**
 * The authenticated stakeholder behind a request. Acts are always recorded as this stakeholder.
 *
 * @param stakeholderId the stakeholder the credential was issued to
 * @param operator      whether the credential is the operator's (registers stakeholders, runs rebuilds)
 */
public record Caller(String stakeholderId, boolean operator) {

    public static final String OPERATOR_ID = "operator";

    public Caller {
        operator = operator || OPERATOR_ID.equals(stakeholderId);
    }

    public Set<String> roles() {
        return operator ? Set.of("operator") : Set.of("stakeholder");
    }
}
