package no.sammen.security;

import java.util.UUID;

/**
 * An administrator changed a user account.
 *
 * @param change what changed, e.g. roles before and after; a new password is named, never given
 */
public record UserAccountChanged(UUID userId, String username, String change) {
}
