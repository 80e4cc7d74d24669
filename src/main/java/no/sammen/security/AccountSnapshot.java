package no.sammen.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Set;
import java.util.UUID;

/**
 * A user account as one request sees it, read with one query. The password hash stays inside the
 * security module; {@link #passwordStamp()} is what a session remembers of it.
 */
record AccountSnapshot(UUID id, String username, String displayName, String passwordHash, boolean enabled,
        long version, Set<Role> roles, Set<UUID> unitIds) {

    AccountSnapshot {
        roles = Set.copyOf(roles);
        unitIds = Set.copyOf(unitIds);
    }

    CurrentUser toCurrentUser() {
        return new CurrentUser(id, username, displayName, roles, unitIds);
    }

    /**
     * A fingerprint of the password hash: a session made with the old password no longer matches
     * once an administrator sets a new one.
     */
    String passwordStamp() {
        return stamp(passwordHash);
    }

    static String stamp(String passwordHash) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(passwordHash.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    @Override
    public String toString() {
        return "AccountSnapshot[username=" + username + ", enabled=" + enabled + ", roles=" + roles + "]";
    }
}
