package no.sammen.security;

import java.time.Duration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the login and of API tokens.
 *
 * @param maxLoginFailures           wrong passwords for one username before it is held back
 * @param maxLoginFailuresPerAddress wrong passwords from one source address before it is held back
 * @param loginLockPeriod            how long a username or address is held back, and how long failures count
 * @param loginThrottleEntries       how many usernames, and how many addresses, the throttle remembers
 * @param apiTokenLifetime           how long an API token (bearer) is valid after it is issued
 * @param publicApiDocs              whether the OpenAPI document and Swagger UI are open without login
 */
@Validated
@ConfigurationProperties("sammen.security")
record SecurityProperties(
        @Min(1) @DefaultValue("5") int maxLoginFailures,
        @Min(1) @DefaultValue("20") int maxLoginFailuresPerAddress,
        @NotNull @DefaultValue("15m") Duration loginLockPeriod,
        @Min(100) @Max(1_000_000) @DefaultValue("10000") int loginThrottleEntries,
        @Min(8) @DefaultValue("12") int minPasswordLength,
        @NotNull @DefaultValue("15m") Duration apiTokenLifetime,
        @DefaultValue("true") boolean publicApiDocs) {

    SecurityProperties {
        if (apiTokenLifetime != null && (apiTokenLifetime.isNegative() || apiTokenLifetime.isZero() || apiTokenLifetime.compareTo(Duration.ofDays(1)) > 0)) {
            throw new IllegalArgumentException("sammen.security.api-token-lifetime must be between 1 second and 1 day");
        }
    }
}
