package no.sammen.security;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

@Table("user_account")
class UserAccount {

    @Id
    private final UUID id;
    private final String username;
    private String displayName;
    private String passwordHash;
    private boolean enabled;
    @MappedCollection(idColumn = "user_id")
    private Set<RoleGrant> roles;
    @MappedCollection(idColumn = "user_id")
    private Set<UnitMembership> units;
    @Version
    private Long version;

    @PersistenceCreator
    UserAccount(UUID id, String username, String displayName, String passwordHash, boolean enabled,
            Set<RoleGrant> roles, Set<UnitMembership> units, Long version) {
        this.id = id;
        this.username = username;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.enabled = enabled;
        this.roles = new HashSet<>(roles);
        this.units = new HashSet<>(units);
        this.version = version;
    }

    static UserAccount create(String username, String displayName, String passwordHash, Set<Role> roles,
            Set<UUID> unitIds) {
        UserAccount account = new UserAccount(UUID.randomUUID(), username, displayName, passwordHash, true,
                Set.of(), Set.of(), null);
        account.grant(roles, unitIds);
        return account;
    }

    void change(String displayName, boolean enabled, Set<Role> roles, Set<UUID> unitIds) {
        this.displayName = displayName;
        this.enabled = enabled;
        grant(roles, unitIds);
    }

    void changePassword(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    private void grant(Set<Role> roles, Set<UUID> unitIds) {
        this.roles = roles.stream().map(RoleGrant::new).collect(Collectors.toCollection(HashSet::new));
        this.units = unitIds.stream().map(UnitMembership::new).collect(Collectors.toCollection(HashSet::new));
    }

    UUID id() {
        return id;
    }

    String username() {
        return username;
    }

    String displayName() {
        return displayName;
    }

    String passwordHash() {
        return passwordHash;
    }

    boolean enabled() {
        return enabled;
    }

    Set<Role> roles() {
        return roles.stream().map(RoleGrant::role).collect(Collectors.toUnmodifiableSet());
    }

    Set<UUID> unitIds() {
        return units.stream().map(UnitMembership::unitId).collect(Collectors.toUnmodifiableSet());
    }

    Long version() {
        return version;
    }

    @Table("user_role")
    record RoleGrant(Role role) {
    }

    @Table("user_unit")
    record UnitMembership(UUID unitId) {
    }
}
