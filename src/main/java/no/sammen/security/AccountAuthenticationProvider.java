package no.sammen.security;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Checks a username and password, for the login form and for HTTP Basic on the API. Every failure
 * looks the same from outside, whatever its cause — unknown username, wrong password, disabled
 * account, or a username or address held back by the {@link LoginThrottle} — and costs the same: one
 * BCrypt comparison, against a dummy hash when there is no account to compare with. An OpenID
 * Connect login would map its users to the same accounts by username instead.
 */
@Component
class AccountAuthenticationProvider implements AuthenticationProvider {

    private final RequestAccounts accounts;
    private final LoginThrottle throttle;
    private final PasswordEncoder passwords;
    private final String dummyHash;

    AccountAuthenticationProvider(RequestAccounts accounts, LoginThrottle throttle, PasswordEncoder passwords) {
        this.accounts = accounts;
        this.throttle = throttle;
        this.passwords = passwords;
        this.dummyHash = passwords.encode("no account has this password, it only costs the same time");
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        String username = attempt.getName() == null ? "" : attempt.getName();
        String password = attempt.getCredentials() == null ? "" : attempt.getCredentials().toString();
        String address = attempt.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress() : "";
        boolean refused = throttle.refuses(username, address);
        Optional<AccountSnapshot> account = refused ? Optional.empty() : accounts.byUsername(username);
        boolean matches = matches(password, account.map(AccountSnapshot::passwordHash).orElse(dummyHash));
        if (refused || account.isEmpty() || !matches || !account.get().enabled()) {
            if (!refused) {
                throttle.failed(username, address);
            }
            throw new BadCredentialsException("Bad credentials");
        }
        throttle.succeeded(username);
        AccountSnapshot found = account.get();
        var authenticated = UsernamePasswordAuthenticationToken.authenticated(
                new AccountPrincipal(found.username(), found.passwordStamp()), null,
                AuthorityUtils.createAuthorityList(found.roles().stream().map(r -> "ROLE_" + r.name()).toList()));
        authenticated.setDetails(attempt.getDetails());
        return authenticated;
    }

    /** BCrypt refuses passwords over 72 bytes; such a password is wrong, after the same work. */
    private boolean matches(String password, String hash) {
        if (password.getBytes(StandardCharsets.UTF_8).length > UserAdminService.PASSWORD_MAX_BYTES) {
            passwords.matches("", dummyHash);
            return false;
        }
        return passwords.matches(password, hash);
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
