package no.sammen.security;

import java.util.Collection;
import java.util.UUID;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;

/** A call authenticated with an API token: who, and which token, so that it can revoke itself. */
final class ApiTokenAuthentication extends AbstractAuthenticationToken {

    private final UUID userId;
    private final String username;
    private final String tokenHash;

    ApiTokenAuthentication(UUID userId, String username, String tokenHash,
            Collection<? extends GrantedAuthority> authorities) {
        super(authorities);
        this.userId = userId;
        this.username = username;
        this.tokenHash = tokenHash;
        setAuthenticated(true);
    }

    @Override
    public Object getCredentials() {
        return null;
    }

    @Override
    public Object getPrincipal() {
        return username;
    }

    UUID userId() {
        return userId;
    }

    String tokenHash() {
        return tokenHash;
    }
}
