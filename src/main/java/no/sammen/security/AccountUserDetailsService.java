package no.sammen.security;

import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/**
 * The local accounts, for the login form and for HTTP Basic on the API. An OpenID Connect login
 * would map its users to the same accounts by username instead.
 */
@Component
class AccountUserDetailsService implements UserDetailsService {

    private final UserAccountRepository accounts;
    private final LoginThrottle throttle;

    AccountUserDetailsService(UserAccountRepository accounts, LoginThrottle throttle) {
        this.accounts = accounts;
        this.throttle = throttle;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        UserAccount account = accounts.findByUsername(username)
                .orElseThrow(() -> new UsernameNotFoundException("Unknown user"));
        return User.withUsername(account.username())
                .password(account.passwordHash())
                .disabled(!account.enabled())
                .accountLocked(throttle.isLocked(username))
                .roles(account.roles().stream().map(Enum::name).toArray(String[]::new))
                .build();
    }
}
