package id.gotong.web;

import java.util.Optional;

/**
 * Bearer credentials: random tokens shown once at issue and stored only as a hash, valid until they expire or are
 * revoked. The implementation lives with the store (infra); this side only asks questions.
 */
public interface Credentials {

    /** Issues a new credential for a stakeholder and returns the token, which is not stored anywhere in clear. */
    String issue(String stakeholderId);

    /** Issues a credential that reads everything and records nothing (see {@link Caller#auditor()}). */
    String issueAuditor(String auditorId);

    Optional<Caller> authenticate(String token);

    /** Revokes the credential with this token; {@code false} if it was unknown or already revoked. */
    boolean revoke(String token);

    /** Revokes every credential issued to this holder and answers how many were still valid. */
    long revokeAll(String holderId);
}
