package no.sammen.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing: after {@code maxFailures} wrong passwords for one username within
 * the lock period, that username is locked for the lock period. Kept in memory; a restart forgets.
 */
@Component
class LoginThrottle {

    private final SecurityProperties properties;
    private final Clock clock;
    private final Map<String, Failures> failures = new ConcurrentHashMap<>();

    LoginThrottle(SecurityProperties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
    }

    boolean isLocked(String username) {
        Failures f = failures.get(key(username));
        return f != null && f.count() >= properties.maxLoginFailures()
                && f.last().plus(properties.loginLockPeriod()).isAfter(clock.instant());
    }

    @EventListener
    void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        Instant now = clock.instant();
        Duration period = properties.loginLockPeriod();
        if (failures.size() > 100_000) {
            failures.entrySet().removeIf(e -> e.getValue().last().plus(period).isBefore(now));
        }
        failures.merge(key(event.getAuthentication().getName()), new Failures(1, now),
                (old, one) -> old.last().plus(period).isBefore(now) ? one : new Failures(old.count() + 1, now));
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        failures.remove(key(event.getAuthentication().getName()));
    }

    private static String key(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }

    private record Failures(int count, Instant last) {
    }
}
