package no.sammen.indicator;

import java.util.List;

import jakarta.validation.constraints.NotEmpty;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * @param catalogs the class path resources of every version of the indicator catalog, oldest first;
 *                 the last is the one in use, the others are kept so that values computed under
 *                 them can be computed again (ADR 0021)
 */
@Validated
@ConfigurationProperties("sammen.indicator")
record IndicatorProperties(
        @NotEmpty @DefaultValue({"indicators/catalog-v1.json", "indicators/catalog-v2.json",
                "indicators/catalog-v3.json", "indicators/catalog-v4.json", "indicators/catalog-v5.json"})
        List<String> catalogs) {

    /** The names of the catalog files, for messages. */
    String catalog() {
        return String.join(", ", catalogs);
    }
}
