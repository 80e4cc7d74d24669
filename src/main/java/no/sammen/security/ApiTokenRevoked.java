package no.sammen.security;

import java.util.UUID;

/**
 * A user revoked their API token before it expired.
 *
 * @param tokenId the start of the token's hash, as in {@link ApiTokenIssued}
 */
public record ApiTokenRevoked(UUID userId, String username, String tokenId) {
}
