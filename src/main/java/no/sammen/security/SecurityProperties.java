package no.sammen.security;

import java.time.Duration;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/** Settings of the login. */
@Validated
@ConfigurationProperties("sammen.security")
record SecurityProperties(
        @Min(1) @DefaultValue("5") int maxLoginFailures,
        @NotNull @DefaultValue("15m") Duration loginLockPeriod,
        @Min(8) @DefaultValue("12") int minPasswordLength) {
}
