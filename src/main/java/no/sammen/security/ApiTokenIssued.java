package no.sammen.security;

import java.time.Instant;
import java.util.UUID;

/**
 * A user was given an API token.
 *
 * @param tokenId the start of the token's hash: names the token in the log, gives nothing away
 */
public record ApiTokenIssued(UUID userId, String username, String tokenId, Instant expiresAt) {
}
