package no.sammen.imr;

import jakarta.validation.constraints.NotBlank;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * @param curriculum  the class path resource of the IMR curriculum in use
 * @param chartMonths how many months the IMR board's run chart shows, the current one included
 */
@Validated
@ConfigurationProperties("sammen.imr")
record ImrProperties(@NotBlank @DefaultValue("imr/curriculum-v1.json") String curriculum,
        @DefaultValue("18") int chartMonths) {
}
