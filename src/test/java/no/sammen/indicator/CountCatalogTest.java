package no.sammen.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import no.sammen.shared.CatalogChecks.InvalidCatalogException;

import org.junit.jupiter.api.Test;

/** Catalog version 5 and its count indicator K6 (ADR 0032): the fields of a count, checked with their names. */
class CountCatalogTest {

    private static final String COUNT = """
            {"catalog": "test", "version": 5, "indicators": [
              {"id": "K6", "version": 1, "measure": "COUNT", "countedBy": "imr_sessions",
               "names": {"nb": "IMR-økter", "nn": "IMR-økter", "en": "IMR sessions"},
               "populationDescription": "sessions", "numerator": "sessions held", "direction": "HIGHER_IS_BETTER",
               "breakdowns": [
                 {"id": "INDIVIDUAL", "names": {"nb": "I", "nn": "I", "en": "I"}},
                 {"id": "GROUP", "names": {"nb": "G", "nn": "G", "en": "G"}}] %s}
            ]}""";

    @Test
    void versionFiveAddsK6AsACountAndKeepsEveryEarlierVersionAsItWas() {
        IndicatorCatalog catalog = new IndicatorCatalog(new IndicatorProperties(List.of("indicators/catalog-v1.json",
                "indicators/catalog-v2.json", "indicators/catalog-v3.json", "indicators/catalog-v4.json",
                "indicators/catalog-v5.json")));
        assertThat(catalog.version()).isEqualTo(5);
        IndicatorDefinition k6 = catalog.find("K6", 5).orElseThrow();
        assertThat(k6.isCount()).isTrue();
        assertThat(k6.countedBy()).isEqualTo("imr_sessions");
        assertThat(k6.denominator()).isNull();
        assertThat(k6.windowDays()).isNull();
        assertThat(k6.exclusions()).isEmpty();
        assertThat(k6.defaultChart()).isEqualTo("c");
        assertThat(k6.breakdowns()).extracting(IndicatorDefinition.Breakdown::id).containsExactly("INDIVIDUAL", "GROUP");
        // Counts are not counted from course facts, and not found as proportions.
        assertThat(catalog.proportions()).noneMatch(IndicatorDefinition::isCount);
        assertThat(catalog.find("K6")).isEmpty();
        // Version 4 holds no count and its indicators are those of version 5 but K6.
        assertThat(catalog.indicators(4).orElseThrow()).noneMatch(IndicatorDefinition::isCount);
        assertThat(catalog.proportions()).isEqualTo(catalog.indicators(4).orElseThrow());
    }

    @Test
    void aCountNamesTheFieldsItMayNotHave() {
        assertThat(read(COUNT.formatted("")).get(0).isCount()).isTrue();
        assertInvalid(COUNT.formatted(", \"denominator\": \"d\""), "K6: denominator must be left out of a count");
        assertInvalid(COUNT.formatted(", \"windowDays\": 3"), "K6: windowDays must be left out of a count");
        assertInvalid(COUNT.formatted(", \"exclusions\": [\"NO_NETWORK\"]"), "K6: exclusions must be left out");
        assertInvalid(COUNT.formatted(", \"greenLevel\": 0.8"), "K6: greenLevel must be left out");
        assertInvalid(COUNT.formatted(", \"minimumDenominator\": 5"), "K6: minimumDenominator must be left out");
        assertInvalid(COUNT.formatted(", \"population\": \"PSYCHOSIS\""), "K6: population must be left out");
        assertInvalid(COUNT.formatted(", \"defaultChart\": \"p\""), "K6: defaultChart is not one of");
        assertInvalid(COUNT.formatted("").replace("\"countedBy\": \"imr_sessions\",", ""), "K6: countedBy is missing");
    }

    @Test
    void aCountNobodyCountsOrWithOtherPartsStopsTheStart() {
        List<IndicatorDefinition> read = read(COUNT.formatted(""));
        IndicatorCatalog.checkCounts("c", read, Map.of("imr_sessions", List.of("INDIVIDUAL", "GROUP")));
        assertThatThrownBy(() -> IndicatorCatalog.checkCounts("c", read, Map.of()))
                .isInstanceOf(InvalidCatalogException.class).hasMessageContaining("K6: countedBy 'imr_sessions'");
        assertThatThrownBy(() -> IndicatorCatalog.checkCounts("c", read, Map.of("imr_sessions", List.of("INDIVIDUAL"))))
                .isInstanceOf(InvalidCatalogException.class).hasMessageContaining("K6: breakdowns must be the parts");
    }

    @Test
    void aProportionMayNotNameAContributor() {
        assertInvalid(COUNT.formatted("").replace("\"measure\": \"COUNT\",", ""), "K6: countedBy is only for a count");
    }

    private static List<IndicatorDefinition> read(String json) {
        return IndicatorCatalog.read("test.json", new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    private static void assertInvalid(String json, String message) {
        assertThatThrownBy(() -> read(json)).isInstanceOf(InvalidCatalogException.class).hasMessageContaining(message);
    }
}
