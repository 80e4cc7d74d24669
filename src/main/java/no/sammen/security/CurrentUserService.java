package no.sammen.security;

import java.util.Optional;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

/**
 * Who is acting. Roles and memberships come from the database, read once per request (see {@link
 * AccountRefreshFilter}), never from what the session remembers of the login: a change by an
 * administrator takes effect on the user's next request.
 */
@Service
public class CurrentUserService {

    private final RequestAccounts accounts;

    CurrentUserService(RequestAccounts accounts) {
        this.accounts = accounts;
    }

    public Optional<CurrentUser> find() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            return Optional.empty();
        }
        return accounts.byUsername(authentication.getName())
                .filter(AccountSnapshot::enabled)
                .map(AccountSnapshot::toCurrentUser);
    }

    /** The acting user; an unauthenticated call here is a programming error. */
    public CurrentUser current() {
        return find().orElseThrow(() -> new IllegalStateException("No authenticated user"));
    }
}
