package no.sammen.security;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;

/**
 * Slows down password guessing, by username and by source address. After {@code maxLoginFailures}
 * wrong passwords for one username, or {@code maxLoginFailuresPerAddress} from one address, within
 * the lock period, further attempts for that username or from that address are refused for the lock
 * period, counted from the failure that set the lock; attempts while refused do not prolong it. So
 * one address can lock at most {@code maxLoginFailuresPerAddress / maxLoginFailures} usernames per
 * lock period, and never for longer than the period.
 *
 * <p>Kept in memory: a restart forgets, and several instances count apart. Each table holds at most
 * {@code loginThrottleEntries} keys; when full, expired keys go first, then the least recently
 * failed. The answer to a refused attempt is the answer to a wrong password (see {@link
 * AccountAuthenticationProvider}), so the lock does not tell whether a username exists.
 */
@Component
class LoginThrottle {

    private final SecurityProperties properties;
    private final Clock clock;
    private final FailureTable byUsername;
    private final FailureTable byAddress;

    LoginThrottle(SecurityProperties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
        this.byUsername = new FailureTable(properties.loginThrottleEntries());
        this.byAddress = new FailureTable(properties.loginThrottleEntries());
    }

    /** Whether an attempt for this username from this address is refused without looking further. */
    boolean refuses(String username, String address) {
        Instant now = clock.instant();
        return byUsername.locked(usernameKey(username), properties.maxLoginFailures(), now)
                || byAddress.locked(addressKey(address), properties.maxLoginFailuresPerAddress(), now);
    }

    void failed(String username, String address) {
        Instant now = clock.instant();
        byUsername.fail(usernameKey(username), properties.maxLoginFailures(), now);
        byAddress.fail(addressKey(address), properties.maxLoginFailuresPerAddress(), now);
    }

    /** A right password clears the username's count, not the address's: a valid account cannot reset it. */
    void succeeded(String username) {
        byUsername.clear(usernameKey(username));
    }

    private static String usernameKey(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }

    private static String addressKey(String address) {
        return address == null ? "" : address;
    }

    private record Failures(int count, Instant last) {
    }

    /** Failures per key, bounded in size. */
    private final class FailureTable {

        private final int capacity;
        private final LinkedHashMap<String, Failures> failures;

        FailureTable(int capacity) {
            this.capacity = capacity;
            // Access order: the entry touched least recently is the first to go when the table is full.
            this.failures = new LinkedHashMap<>(16, 0.75f, true);
        }

        synchronized boolean locked(String key, int max, Instant now) {
            Failures f = failures.get(key);
            return f != null && f.count() >= max && !expired(f, now);
        }

        synchronized void fail(String key, int max, Instant now) {
            Failures old = failures.get(key);
            if (old != null && old.count() >= max && !expired(old, now)) {
                return;
            }
            if (old == null && failures.size() >= capacity) {
                failures.values().removeIf(f -> expired(f, now));
                if (failures.size() >= capacity) {
                    var eldest = failures.keySet().iterator();
                    eldest.next();
                    eldest.remove();
                }
            }
            failures.put(key, old == null || expired(old, now) ? new Failures(1, now)
                    : new Failures(old.count() + 1, now));
        }

        synchronized void clear(String key) {
            failures.remove(key);
        }

        private boolean expired(Failures f, Instant now) {
            return !f.last().plus(properties.loginLockPeriod()).isAfter(now);
        }
    }
}
