package id.gotong.act;

import id.gotong.events.Role;

import java.util.Set;

/**
 * The membership questions that rules of other aggregates ask about a collaboration. Command handlers receive it as
 * an injected parameter; tests register a fake with {@code fixture.registerInjectableResource(...)}.
 */
public interface Membership {

    boolean collaborationExists(String collaborationId);

    /** The roles a stakeholder currently holds, empty if it is not (or no longer) a member. */
    Set<Role> rolesOf(String collaborationId, String stakeholderId);

    default boolean isMember(String collaborationId, String stakeholderId) {
        return !rolesOf(collaborationId, stakeholderId).isEmpty();
    }

    /** Refuses the act unless the caller is a current member. */
    default void requireMember(String collaborationId, String stakeholderId) {
        if (!collaborationExists(collaborationId)) {
            throw new UnknownCollaboration(collaborationId);
        }
        if (!isMember(collaborationId, stakeholderId)) {
            throw new NotPermitted("members-only", "Only current members of collaboration " + collaborationId
                    + " may act within it; " + stakeholderId + " is not one");
        }
    }

    boolean stakeholderExists(String stakeholderId);
}
