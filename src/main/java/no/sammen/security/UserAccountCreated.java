package no.sammen.security;

import java.util.UUID;

/**
 * An administrator created a user account.
 *
 * @param details what the account was given (roles, unit ids), never the password
 */
public record UserAccountCreated(UUID userId, String username, String details) {
}
