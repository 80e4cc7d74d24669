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
 * @param settleEvery how often the settled months' counts take in the changed cells and the months newly
 *                    settled (ADR 0033), also right after start-up and after a rebuild; zero: never by itself
 */
@Validated
@ConfigurationProperties("sammen.indicator")
record IndicatorProperties(
        @NotEmpty @DefaultValue({"indicators/catalog-v1.json", "indicators/catalog-v2.json",
                "indicators/catalog-v3.json", "indicators/catalog-v4.json", "indicators/catalog-v5.json"}) List<String> catalogs,
        @DefaultValue("60s") java.time.Duration settleEvery) {

    @org.springframework.boot.context.properties.bind.ConstructorBinding
    IndicatorProperties {
    }

    /** With the default settling. */
    IndicatorProperties(List<String> catalogs) {
        this(catalogs, java.time.Duration.ofSeconds(60));
    }

    /** The names of the catalog files, for messages. */
    String catalog() {
        return String.join(", ", catalogs);
    }
}
