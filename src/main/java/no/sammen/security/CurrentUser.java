package no.sammen.security;

import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** The person acting now: who they are, their roles and the units they belong to. */
public record CurrentUser(UUID id, String username, String displayName, Set<Role> roles, Set<UUID> unitIds) {

    public CurrentUser {
        roles = Set.copyOf(roles);
        unitIds = Set.copyOf(unitIds);
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    /** Person-level data is for those who treat or lead the unit's patients: need to know. */
    public boolean mayReadCourses() {
        return hasRole(Role.CLINICIAN) || hasRole(Role.COORDINATOR) || hasRole(Role.LEADER);
    }

    public boolean mayWriteCourses() {
        return hasRole(Role.CLINICIAN) || hasRole(Role.COORDINATOR);
    }

    public boolean belongsTo(UUID unitId) {
        return unitIds.contains(unitId);
    }

    /** The roles as one sorted text, for the audit log. */
    public String rolesText() {
        return roles.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    }
}
