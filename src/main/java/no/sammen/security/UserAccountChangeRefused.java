package no.sammen.security;

import java.util.UUID;

/**
 * An administrator tried to change their own roles, units or enabled state, and was refused.
 *
 * @param attempt what was asked for, e.g. roles before and as requested
 */
public record UserAccountChangeRefused(UUID userId, String username, String attempt) {
}
