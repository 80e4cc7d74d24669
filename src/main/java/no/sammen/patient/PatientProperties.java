package no.sammen.patient;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * @param pseudonymKey          the secret HMAC key that turns national ids into pseudonyms; changing
 *                              it makes every existing patient unfindable
 * @param developmentKeyAllowed whether the key shipped for development may be used (never in production)
 */
@Validated
@ConfigurationProperties("sammen.patient")
record PatientProperties(@NotBlank @Size(min = 32) String pseudonymKey, boolean developmentKeyAllowed) {
}
