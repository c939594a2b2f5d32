package id.gotong.act;

import id.gotong.events.Role;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * An in-memory {@link Membership} for aggregate tests: {@code new FakeMembership().collaboration("toba")
 * .member("toba", "diskominfo-toba", Role.CHAIR)}. Stakeholders exist once they are named anywhere.
 */
public class FakeMembership implements Membership {

    private final Map<String, Map<String, Set<Role>>> rolesByCollaboration = new HashMap<>();
    private final Set<String> stakeholders = new HashSet<>();

    public FakeMembership collaboration(String collaborationId) {
        rolesByCollaboration.computeIfAbsent(collaborationId, id -> new HashMap<>());
        return this;
    }

    /** Registers the collaboration too; a member with no roles given is a plain {@link Role#MEMBER}. */
    public FakeMembership member(String collaborationId, String stakeholderId, Role... roles) {
        Set<Role> held = roles.length == 0 ? EnumSet.of(Role.MEMBER) : EnumSet.of(roles[0], roles);
        collaboration(collaborationId);
        rolesByCollaboration.get(collaborationId).put(stakeholderId, held);
        stakeholders.add(stakeholderId);
        return this;
    }

    /** A registered stakeholder that belongs to no collaboration (yet). */
    public FakeMembership stakeholder(String stakeholderId) {
        stakeholders.add(stakeholderId);
        return this;
    }

    @Override
    public boolean collaborationExists(String collaborationId) {
        return rolesByCollaboration.containsKey(collaborationId);
    }

    @Override
    public Set<Role> rolesOf(String collaborationId, String stakeholderId) {
        return Set.copyOf(rolesByCollaboration.getOrDefault(collaborationId, Map.of())
                .getOrDefault(stakeholderId, Set.of()));
    }

    @Override
    public boolean stakeholderExists(String stakeholderId) {
        return stakeholders.contains(stakeholderId);
    }
}
