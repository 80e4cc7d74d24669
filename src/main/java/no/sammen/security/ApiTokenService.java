package no.sammen.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.ResultSetExtractor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Short-lived API tokens, so that a script checks its password (BCrypt, tens of milliseconds) once
 * rather than on every call. A token is 256 random bits; only its SHA-256 hash is stored. Checking a
 * token is one read by primary key that returns its account with it, and nothing is cached: a
 * revoked token, a disabled account or a changed account is refused on the very next call.
 */
@Service
class ApiTokenService {

    /** How many hex digits of a token's hash name it in the audit log. */
    private static final int TOKEN_ID_LENGTH = 12;

    private final JdbcClient jdbc;
    private final Clock clock;
    private final SecurityProperties properties;
    private final ApplicationEventPublisher events;
    private final SecureRandom random = new SecureRandom();

    ApiTokenService(JdbcClient jdbc, Clock clock, SecurityProperties properties, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.properties = properties;
        this.events = events;
    }

    /** A token as given to its user, once; it cannot be read back. */
    record IssuedToken(String token, Instant expiresAt, long expiresInSeconds) {

        @Override
        public String toString() {
            return "IssuedToken[token=***, expiresAt=" + expiresAt + "]";
        }
    }

    /** A token that was found valid, and the account it speaks for, read in the same query. */
    record VerifiedToken(String tokenHash, AccountSnapshot account) {
    }

    /** Issues a token for an account as it is now; tokens expired meanwhile are cleared on the way. */
    @Transactional
    IssuedToken issue(AccountSnapshot account) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        Instant expiresAt = now.plus(properties.apiTokenLifetime()).truncatedTo(ChronoUnit.SECONDS);
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        String hash = hash(token);
        jdbc.sql("delete from api_token where expires_at <= ?").param(utc(now)).update();
        jdbc.sql("""
                insert into api_token (token_hash, user_id, account_version, issued_at, expires_at)
                values (?, ?, ?, ?, ?)""")
                .params(hash, account.id(), account.version(), utc(now), utc(expiresAt)).update();
        events.publishEvent(new ApiTokenIssued(account.id(), account.username(), tokenId(hash), expiresAt));
        return new IssuedToken(token, expiresAt, expiresAt.getEpochSecond() - now.getEpochSecond());
    }

    /**
     * The token's account, if the token exists, has not expired, and its account is enabled and has
     * not been changed since the token was issued.
     */
    Optional<VerifiedToken> verify(String token) {
        if (token == null || token.isEmpty() || token.length() > 200) {
            return Optional.empty();
        }
        String hash = hash(token);
        Instant now = clock.instant();
        return jdbc.sql("select t.expires_at, t.account_version, " + AccountQueries.ACCOUNT_COLUMNS
                        + " from api_token t join user_account a on a.id = t.user_id " + AccountQueries.ACCOUNT_JOINS
                        + " where t.token_hash = ?")
                .param(hash)
                .query((ResultSetExtractor<Optional<AccountSnapshot>>) rs -> Optional.ofNullable(valid(rs, now)))
                .map(account -> new VerifiedToken(hash, account));
    }

    /** Revokes a token; whether it existed is not the caller's business. */
    @Transactional
    void revoke(VerifiedToken token) {
        int deleted = jdbc.sql("delete from api_token where token_hash = ?").param(token.tokenHash()).update();
        if (deleted > 0) {
            events.publishEvent(new ApiTokenRevoked(token.account().id(), token.account().username(),
                    tokenId(token.tokenHash())));
        }
    }

    private static AccountSnapshot valid(ResultSet rs, Instant now) throws SQLException {
        AccountQueries.AccountRows rows = new AccountQueries.AccountRows();
        Instant expiresAt = null;
        long issuedForVersion = -1;
        while (rs.next()) {
            if (expiresAt == null) {
                expiresAt = rs.getObject("expires_at", OffsetDateTime.class).toInstant();
                issuedForVersion = rs.getLong("account_version");
            }
            rows.add(rs);
        }
        AccountSnapshot account = rows.snapshot();
        if (account == null || !expiresAt.isAfter(now) || !account.enabled()
                || account.version() != issuedForVersion) {
            return null;
        }
        return account;
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    static String tokenId(String hash) {
        return hash.substring(0, TOKEN_ID_LENGTH);
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
