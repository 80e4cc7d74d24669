package no.sammen.security;

import java.io.Serializable;

import org.springframework.security.core.AuthenticatedPrincipal;

/**
 * Who logged in with a password, as the session keeps it: the username and a fingerprint of the
 * password hash at login. Roles are deliberately not part of it; they are read for every request.
 */
record AccountPrincipal(String username, String passwordStamp) implements AuthenticatedPrincipal, Serializable {

    @Override
    public String getName() {
        return username;
    }
}
