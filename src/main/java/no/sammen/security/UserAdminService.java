package no.sammen.security;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import no.sammen.organisation.OrganisationService;
import no.sammen.organisation.UnitView;
import no.sammen.shared.ConcurrentEditException;
import no.sammen.shared.FieldProblem;
import no.sammen.shared.InvalidInputException;
import no.sammen.shared.NotFoundException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The administrator's work on user accounts: list, create, change. Every change is published as
 * {@link UserAccountCreated} or {@link UserAccountChanged} inside the transaction, so that the audit
 * log (which listens) and the change are stored together or not at all. Passwords are only ever
 * hashed; no event, log line or error names one.
 */
@Service
@Transactional
class UserAdminService {

    static final Pattern USERNAME = Pattern.compile("[a-z0-9._-]+");
    static final int USERNAME_MIN = 3;
    static final int USERNAME_MAX = 50;
    static final int DISPLAY_NAME_MAX = 200;
    /** BCrypt reads no more than 72 bytes of a password. */
    static final int PASSWORD_MAX_BYTES = 72;

    private final UserAccountRepository accounts;
    private final OrganisationService organisation;
    private final CurrentUserService currentUsers;
    private final PasswordEncoder passwords;
    private final SecurityProperties properties;
    private final ApplicationEventPublisher events;

    UserAdminService(UserAccountRepository accounts, OrganisationService organisation,
            CurrentUserService currentUsers, PasswordEncoder passwords, SecurityProperties properties,
            ApplicationEventPublisher events) {
        this.accounts = accounts;
        this.organisation = organisation;
        this.currentUsers = currentUsers;
        this.passwords = passwords;
        this.properties = properties;
        this.events = events;
    }

    /** One user in the list: roles in the order of {@link Role}, unit names sorted. */
    record UserRow(UUID id, String username, String displayName, List<Role> roles, List<String> unitNames,
            boolean enabled) {
    }

    /** A user as the edit form opens it; the password hash stays inside this class. */
    record EditedUser(UUID id, String username, String displayName, boolean enabled, Set<Role> roles,
            Set<UUID> unitIds, long version) {
    }

    record NewUser(String username, String displayName, String password, Set<Role> roles, Set<UUID> unitIds) {

        @Override
        public String toString() {
            return "NewUser[username=" + username + ", password=***]";
        }
    }

    /** {@code newPassword} blank means: keep the password. */
    record UserChange(String displayName, boolean enabled, Set<Role> roles, Set<UUID> unitIds, String newPassword) {

        @Override
        public String toString() {
            return "UserChange[displayName=" + displayName + ", newPassword=***]";
        }
    }

    int minPasswordLength() {
        return properties.minPasswordLength();
    }

    @Transactional(readOnly = true)
    List<UserRow> list() {
        Map<UUID, String> unitNames = organisation.units().stream()
                .collect(Collectors.toMap(UnitView::id, UnitView::name));
        return accounts.findAllByOrderByUsername().stream()
                .map(a -> new UserRow(a.id(), a.username(), a.displayName(),
                        a.roles().stream().sorted().toList(),
                        a.unitIds().stream().map(id -> unitNames.getOrDefault(id, id.toString())).sorted().toList(),
                        a.enabled()))
                .toList();
    }

    @Transactional(readOnly = true)
    EditedUser get(UUID id) {
        UserAccount a = accounts.findById(id).orElseThrow(() -> new NotFoundException("user_account"));
        return new EditedUser(a.id(), a.username(), a.displayName(), a.enabled(), a.roles(), a.unitIds(),
                a.version());
    }

    UUID create(NewUser command) {
        List<FieldProblem> problems = new ArrayList<>();
        String username = command.username() == null ? "" : command.username().strip();
        if (username.isEmpty()) {
            problems.add(FieldProblem.of("username", "security.user.username.required"));
        } else if (username.length() < USERNAME_MIN || username.length() > USERNAME_MAX) {
            problems.add(FieldProblem.of("username", "security.user.username.length", USERNAME_MIN, USERNAME_MAX));
        } else if (!USERNAME.matcher(username).matches()) {
            problems.add(FieldProblem.of("username", "security.user.username.format"));
        } else if (accounts.existsByUsername(username)) {
            problems.add(FieldProblem.of("username", "security.user.username.taken"));
        }
        String displayName = validateDisplayName(command.displayName(), problems);
        if (command.password() == null || command.password().isEmpty()) {
            problems.add(FieldProblem.of("password", "security.user.password.required"));
        } else {
            validatePassword(command.password(), problems);
        }
        Set<Role> roles = validateRoles(command.roles(), problems);
        Set<UUID> unitIds = validateUnits(command.unitIds(), problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        UserAccount account;
        try {
            account = accounts.save(UserAccount.create(username, displayName, passwords.encode(command.password()),
                    roles, unitIds));
        } catch (DuplicateKeyException e) {
            // Someone created the same username between the check and the insert.
            throw new InvalidInputException(FieldProblem.of("username", "security.user.username.taken"));
        }
        events.publishEvent(new UserAccountCreated(account.id(), account.username(),
                "roles: " + names(roles) + "; units: " + ids(unitIds)));
        return account.id();
    }

    /**
     * Changes a user opened at {@code version}. Administrators may not change their own roles or
     * units, nor disable themselves: another administrator must, so that no one can give themselves
     * access to courses (or lock everyone out by mistake), and each such change has a second person.
     */
    void update(UUID id, long version, UserChange change) {
        UserAccount account = accounts.findById(id).orElseThrow(() -> new NotFoundException("user_account"));
        if (account.version() != version) {
            throw new ConcurrentEditException("user_account");
        }
        List<FieldProblem> problems = new ArrayList<>();
        String displayName = validateDisplayName(change.displayName(), problems);
        Set<Role> roles = validateRoles(change.roles(), problems);
        Set<UUID> unitIds = validateUnits(change.unitIds(), problems);
        boolean newPassword = change.newPassword() != null && !change.newPassword().isEmpty();
        if (newPassword) {
            validatePassword(change.newPassword(), problems);
        }
        boolean self = currentUsers.find().map(me -> me.id().equals(id)).orElse(false);
        if (self) {
            problems.addAll(selfChangeProblems(account, change.enabled(), roles, unitIds));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        String description = describe(account, displayName, change.enabled(), roles, unitIds, newPassword);
        account.change(displayName, change.enabled(), roles, unitIds);
        if (newPassword) {
            account.changePassword(passwords.encode(change.newPassword()));
        }
        try {
            accounts.save(account);
        } catch (OptimisticLockingFailureException e) {
            throw new ConcurrentEditException("user_account");
        }
        if (!description.isEmpty()) {
            events.publishEvent(new UserAccountChanged(account.id(), account.username(), description));
        }
    }

    /**
     * Writes a refused change of one's own roles, units or enabled state to the audit log, in a
     * transaction of its own: the refused change itself stored nothing.
     */
    void recordRefusedSelfChange(UUID id, UserChange change) {
        accounts.findById(id).ifPresent(account -> events.publishEvent(new UserAccountChangeRefused(account.id(),
                account.username(), "refused change of own account: " + String.join("; ",
                        refusedParts(account, change.enabled(), change.roles() == null ? Set.of() : change.roles(),
                                change.unitIds() == null ? Set.of() : change.unitIds())))));
    }

    static boolean isSelfChangeProblem(FieldProblem problem) {
        return SELF_CHANGE_KEYS.contains(problem.messageKey());
    }

    private static final Set<String> SELF_CHANGE_KEYS = Set.of("security.user.roles.self", "security.user.units.self",
            "security.user.enabled.self");

    private static List<FieldProblem> selfChangeProblems(UserAccount account, boolean enabled, Set<Role> roles,
            Set<UUID> unitIds) {
        List<FieldProblem> problems = new ArrayList<>();
        if (!roles.equals(account.roles())) {
            problems.add(FieldProblem.of("roles", "security.user.roles.self"));
        }
        if (!unitIds.equals(account.unitIds())) {
            problems.add(FieldProblem.of("unitIds", "security.user.units.self"));
        }
        if (!enabled) {
            problems.add(FieldProblem.of("enabled", "security.user.enabled.self"));
        }
        return problems;
    }

    private static List<String> refusedParts(UserAccount account, boolean enabled, Set<Role> roles,
            Set<UUID> unitIds) {
        List<String> parts = new ArrayList<>();
        if (!roles.equals(account.roles())) {
            parts.add("roles: " + names(account.roles()) + " -> " + names(roles));
        }
        if (!unitIds.equals(account.unitIds())) {
            parts.add("units: " + ids(account.unitIds()) + " -> " + ids(unitIds));
        }
        if (!enabled) {
            parts.add("disable");
        }
        return parts;
    }

    private static String validateDisplayName(String text, List<FieldProblem> problems) {
        String displayName = text == null ? "" : text.strip();
        if (displayName.isEmpty()) {
            problems.add(FieldProblem.of("displayName", "security.user.displayName.required"));
        } else if (displayName.length() > DISPLAY_NAME_MAX) {
            problems.add(FieldProblem.of("displayName", "validation.tooLong", DISPLAY_NAME_MAX));
        }
        return displayName;
    }

    private void validatePassword(String password, List<FieldProblem> problems) {
        if (password.length() < properties.minPasswordLength()) {
            problems.add(FieldProblem.of("password", "security.user.password.tooShort",
                    properties.minPasswordLength()));
        } else if (password.getBytes(StandardCharsets.UTF_8).length > PASSWORD_MAX_BYTES) {
            problems.add(FieldProblem.of("password", "security.user.password.tooLong", PASSWORD_MAX_BYTES));
        }
    }

    private static Set<Role> validateRoles(Set<Role> roles, List<FieldProblem> problems) {
        if (roles == null || roles.isEmpty()) {
            problems.add(FieldProblem.of("roles", "security.user.roles.required"));
            return Set.of();
        }
        return Set.copyOf(roles);
    }

    private Set<UUID> validateUnits(Set<UUID> unitIds, List<FieldProblem> problems) {
        if (unitIds == null || unitIds.isEmpty()) {
            return Set.of();
        }
        Set<UUID> known = organisation.units().stream().map(UnitView::id).collect(Collectors.toSet());
        if (!known.containsAll(unitIds)) {
            problems.add(FieldProblem.of("unitIds", "security.user.units.unknown"));
        }
        return Set.copyOf(unitIds);
    }

    /** What an update changes, for the audit log; empty when nothing does. */
    private static String describe(UserAccount before, String displayName, boolean enabled, Set<Role> roles,
            Set<UUID> unitIds, boolean newPassword) {
        List<String> changes = new ArrayList<>();
        if (!before.displayName().equals(displayName)) {
            changes.add("display name changed");
        }
        if (before.enabled() != enabled) {
            changes.add(enabled ? "enabled" : "disabled");
        }
        if (!before.roles().equals(roles)) {
            changes.add("roles: " + names(before.roles()) + " -> " + names(roles));
        }
        Set<UUID> added = new TreeSet<>(unitIds);
        added.removeAll(before.unitIds());
        Set<UUID> removed = new TreeSet<>(before.unitIds());
        removed.removeAll(unitIds);
        if (!added.isEmpty()) {
            changes.add("units added: " + ids(added));
        }
        if (!removed.isEmpty()) {
            changes.add("units removed: " + ids(removed));
        }
        if (newPassword) {
            changes.add("password changed");
        }
        return String.join("; ", changes);
    }

    private static String names(Set<Role> roles) {
        return roles.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    }

    private static String ids(Set<UUID> ids) {
        return ids.isEmpty() ? "none"
                : ids.stream().sorted(Comparator.comparing(UUID::toString)).map(UUID::toString)
                        .collect(Collectors.joining(","));
    }
}
