package no.sammen.indicator;

import jakarta.validation.constraints.NotBlank;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * @param catalog the class path resource of the indicator catalog
 */
@Validated
@ConfigurationProperties("sammen.indicator")
record IndicatorProperties(@NotBlank @DefaultValue("indicators/catalog-v1.json") String catalog) {
}
