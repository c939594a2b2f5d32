package id.gotong.collaboration;

import id.gotong.act.Membership;
import id.gotong.events.Role;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** A plain fake of the membership port for aggregate tests: registered stakeholders and who holds which role. */
public final class InMemoryMembership implements Membership {

    private final Set<String> stakeholders = new HashSet<>();
    private final Map<String, Map<String, Role>> collaborations = new HashMap<>();

    public InMemoryMembership registered(String... stakeholderIds) {
        stakeholders.addAll(Set.of(stakeholderIds));
        return this;
    }

    public InMemoryMembership member(String collaborationId, String stakeholderId, Role role) {
        registered(stakeholderId);
        collaborations.computeIfAbsent(collaborationId, id -> new HashMap<>()).put(stakeholderId, role);
        return this;
    }

    public InMemoryMembership withdrawn(String collaborationId, String stakeholderId) {
        collaborations.getOrDefault(collaborationId, Map.of()).remove(stakeholderId);
        return this;
    }

    @Override
    public boolean collaborationExists(String collaborationId) {
        return collaborations.containsKey(collaborationId);
    }

    @Override
    public Set<Role> rolesOf(String collaborationId, String stakeholderId) {
        Role role = collaborations.getOrDefault(collaborationId, Map.of()).get(stakeholderId);
        return role == null ? Set.of() : Set.of(role);
    }

    @Override
    public boolean stakeholderExists(String stakeholderId) {
        return stakeholders.contains(stakeholderId);
    }
}
