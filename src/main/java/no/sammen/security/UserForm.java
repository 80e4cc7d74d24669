package no.sammen.security;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

/**
 * The user form of the administrator. On a new user {@code password} is the password; on edit it is
 * an optional new one. The password is never written back into the page.
 */
class UserForm {

    private String username;
    private String displayName;
    private String password;
    private boolean enabled = true;
    private Set<Role> roles = new HashSet<>();
    private Set<UUID> unitIds = new HashSet<>();
    private long version;

    static UserForm of(UserAdminService.EditedUser user) {
        UserForm form = new UserForm();
        form.username = user.username();
        form.displayName = user.displayName();
        form.enabled = user.enabled();
        form.roles = new HashSet<>(user.roles());
        form.unitIds = new HashSet<>(user.unitIds());
        form.version = user.version();
        return form;
    }

    UserAdminService.NewUser newUser() {
        return new UserAdminService.NewUser(username, displayName, password, roles, unitIds);
    }

    UserAdminService.UserChange change() {
        return new UserAdminService.UserChange(displayName, enabled, roles, unitIds, password);
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public Set<Role> getRoles() {
        return roles;
    }

    public void setRoles(Set<Role> roles) {
        this.roles = new HashSet<>(no.sammen.shared.Elements.setOf(roles));
    }

    public Set<UUID> getUnitIds() {
        return unitIds;
    }

    public void setUnitIds(Set<UUID> unitIds) {
        // A blank choice binds as a null element: it means no unit.
        this.unitIds = new HashSet<>(no.sammen.shared.Elements.setOf(unitIds));
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    @Override
    public String toString() {
        return "UserForm[username=" + username + ", password=***]";
    }
}
