package id.gotong.web;

import java.util.Optional;

/**
 * Bearer credentials: random tokens shown once at issue and stored only as a hash. The implementation lives with the
 * store (infra); this side only asks questions.
 */
public interface Credentials {

    /** Issues a new credential for a stakeholder and returns the token, which is not stored anywhere in clear. */
    String issue(String stakeholderId);

    Optional<Caller> authenticate(String token);
}
