package no.sammen.security;

import java.util.Optional;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

/**
 * Who is acting. Memberships are read from the database on every call rather than kept in the
 * session, so that removing someone from a unit takes effect at once.
 */
@Service
public class CurrentUserService {

    private final UserAccountRepository accounts;

    CurrentUserService(UserAccountRepository accounts) {
        this.accounts = accounts;
    }

    public Optional<CurrentUser> find() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            return Optional.empty();
        }
        return accounts.findByUsername(authentication.getName())
                .filter(UserAccount::enabled)
                .map(UserAccount::toCurrentUser);
    }

    /** The acting user; an unauthenticated call here is a programming error. */
    public CurrentUser current() {
        return find().orElseThrow(() -> new IllegalStateException("No authenticated user"));
    }
}
