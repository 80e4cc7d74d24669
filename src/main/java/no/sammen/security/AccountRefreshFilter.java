package no.sammen.security;

import java.io.IOException;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.session.SessionAuthenticationException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Makes roles, units, password and enabled state take effect on a user's next request. A session
 * remembers only who logged in (and a fingerprint of their password hash); before any URL rule is
 * checked, this filter reads the account once (shared with the rest of the request through {@link
 * RequestAccounts}) and puts the roles it has NOW into the request's authentication. An account that
 * is gone, disabled, or whose password was changed since the login ends the session: the browser is
 * sent to the login page, an API caller gets 401.
 *
 * <p>The new authentication lives only in this request; the session keeps what it had at login, so
 * nothing there can be trusted for longer than a request.
 */
class AccountRefreshFilter extends OncePerRequestFilter {

    private static final List<String> STATIC = List.of("/assets/", "/webjars/", "/favicon.ico");

    private final RequestAccounts accounts;

    AccountRefreshFilter(RequestAccounts accounts) {
        this.accounts = accounts;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return STATIC.stream().anyMatch(path::startsWith);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            chain.doFilter(request, response);
            return;
        }
        Optional<AccountSnapshot> account = accounts.byUsername(authentication.getName());
        boolean passwordChanged = authentication.getPrincipal() instanceof AccountPrincipal principal
                && account.isPresent() && !principal.passwordStamp().equals(account.get().passwordStamp());
        if (account.isEmpty() || !account.get().enabled() || passwordChanged) {
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
            SecurityContextHolder.clearContext();
            accounts.forget();
            // Handled by the ExceptionTranslationFilter before this one: the login page, or 401 on the API.
            throw new SessionAuthenticationException("The account was disabled or its password changed");
        }
        Set<GrantedAuthority> now = new HashSet<>(AuthorityUtils.createAuthorityList(
                account.get().roles().stream().map(r -> "ROLE_" + r.name()).toList()));
        // A token's authentication was made in this request, from the same read.
        if (!(authentication instanceof ApiTokenAuthentication)
                && !now.equals(new HashSet<GrantedAuthority>(authorities(authentication)))) {
            var refreshed = UsernamePasswordAuthenticationToken.authenticated(authentication.getPrincipal(), null,
                    now);
            refreshed.setDetails(authentication.getDetails());
            // A new context rather than a change to the one the session holds.
            SecurityContext context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(refreshed);
            SecurityContextHolder.setContext(context);
        }
        chain.doFilter(request, response);
    }

    private static Collection<? extends GrantedAuthority> authorities(Authentication authentication) {
        return authentication.getAuthorities();
    }
}
