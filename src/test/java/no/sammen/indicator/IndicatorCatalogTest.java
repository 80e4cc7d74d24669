package no.sammen.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import no.sammen.shared.CatalogChecks.InvalidCatalogException;
import no.sammen.indicator.IndicatorDefinition.Exclusion;
import no.sammen.indicator.IndicatorDefinition.PeriodDate;
import no.sammen.indicator.IndicatorDefinition.Population;

import org.junit.jupiter.api.Test;

class IndicatorCatalogTest {

    private static final String VALID = """
            {"catalog": "test", "version": 1, "indicators": [
              {"id": "K1", "version": 1, "names": {"nb": "Bokmål", "nn": "Nynorsk", "en": "English"},
               "population": "PSYCHOSIS", "populationDescription": "P", "periodDate": "START", "windowDays": 3,
               "numerator": "n", "denominator": "d", "exclusions": ["NO_NETWORK"], "direction": "HIGHER_IS_BETTER",
               "greenLevel": 0.8, "yellowLevel": 0.6 %s}
            ]}""";

    @Test
    void theShippedCatalogHoldsK1ToK4WithTheirWindowsAndExclusions() {
        List<IndicatorDefinition> catalog = new IndicatorCatalog(new IndicatorProperties(List.of("indicators/catalog-v1.json")))
                .indicators();
        assertThat(catalog).extracting(IndicatorDefinition::id)
                .containsExactly("K1", "K2", "K2_PATIENT", "K2_RELATIVES", "K2_BOTH", "K3", "K4A", "K4B");
        assertThat(catalog).extracting(IndicatorDefinition::windowDays)
                .containsExactly(3, 42, 42, 42, 42, null, null, null);
        assertThat(catalog).extracting(IndicatorDefinition::periodDate).containsExactly(PeriodDate.START,
                PeriodDate.START, PeriodDate.START, PeriodDate.START, PeriodDate.START, PeriodDate.END,
                PeriodDate.END, PeriodDate.END);
        assertThat(catalog).filteredOn(i -> i.excludes(Exclusion.NO_NETWORK)).extracting(IndicatorDefinition::id)
                .containsExactly("K1", "K2", "K2_RELATIVES", "K2_BOTH");
        assertThat(catalog).filteredOn(i -> i.population() == Population.ALL_COURSES)
                .extracting(IndicatorDefinition::id).containsExactly("K4A", "K4B");
        assertThat(catalog).allSatisfy(i -> {
            assertThat(i.minimumDenominator()).isEqualTo(5);
            assertThat(i.defaultChart()).isEqualTo("run");
            assertThat(i.greenLevel()).isGreaterThan(i.yellowLevel());
        });
        assertThat(catalog.get(0).name(Locale.forLanguageTag("nn"))).isEqualTo("Pårørande kontakta innan tre dagar");
        assertThat(catalog.get(0).name(Locale.forLanguageTag("en"))).isEqualTo("Relatives contacted within three days");
        assertThat(catalog.get(0).name(Locale.forLanguageTag("de"))).isEqualTo("Pårørende kontaktet innen tre dager");
    }

    @Test
    void everyCatalogVersionIsKeptAndAChangedDefinitionMustRaiseItsVersion() {
        IndicatorCatalog catalog = new IndicatorCatalog(new IndicatorProperties(
                List.of("indicators/catalog-v1.json", "indicators/catalog-v2.json")));
        assertThat(catalog.version()).isEqualTo(2);
        assertThat(catalog.versions()).containsExactly(1, 2);
        assertThat(catalog.find("K1", 1).orElseThrow().metWhen().get(0).fact()).isEqualTo("first_contact_on");
        assertThat(catalog.find("K1").orElseThrow().metWhen().get(0).fact()).isEqualTo("first_direct_contact_on");
        assertThat(catalog.find("K1").orElseThrow().breakdowns()).extracting(IndicatorDefinition.Breakdown::id)
                .containsExactly("DAY_0", "LETTER_ATTEMPT");
        assertThat(catalog.indicators()).filteredOn(i -> i.excludes(Exclusion.DIED))
                .extracting(IndicatorDefinition::id).containsExactly("K3", "K4A", "K4B");
        assertThat(catalog.indicators()).filteredOn(i -> !i.exclusions().isEmpty()).allSatisfy(i -> assertThat(
                i.exclusionsCount()).isEqualTo(IndicatorDefinition.ExclusionTiming.REGISTERED_IN_WINDOW));
        assertThat(catalog.indicators(1).orElseThrow()).allSatisfy(i -> assertThat(i.exclusionsCount())
                .isEqualTo(IndicatorDefinition.ExclusionTiming.ANY_TIME));

        List<IndicatorDefinition> before = read(VALID.formatted(""));
        List<IndicatorDefinition> changed = read(VALID.formatted("").replace("\"windowDays\": 3", "\"windowDays\": 4"));
        assertThatThrownBy(() -> IndicatorCatalog.checkVersionsRaised("v2", before, changed))
                .isInstanceOf(InvalidCatalogException.class)
                .hasMessageContaining("v2, indicator K1: version must be raised");
        IndicatorCatalog.checkVersionsRaised("v2", before, read(VALID.formatted("").replace("\"windowDays\": 3",
                "\"windowDays\": 4").replace("\"version\": 1, \"names\"", "\"version\": 2, \"names\"")));
        IndicatorCatalog.checkVersionsRaised("v2", before, before);
    }

    @Test
    void versionThreeAddsK7AndTheRecommendationIndicatorsAndKeepsVersionTwosEntriesAsTheyWere() {
        IndicatorCatalog catalog = new IndicatorCatalog(new IndicatorProperties(
                List.of("indicators/catalog-v1.json", "indicators/catalog-v2.json", "indicators/catalog-v3.json")));
        assertThat(catalog.version()).isEqualTo(3);
        for (IndicatorDefinition v2 : catalog.indicators(2).orElseThrow()) {
            assertThat(catalog.find(v2.id(), 3)).as(v2.id()).contains(v2);
        }
        IndicatorDefinition k7 = catalog.find("K7").orElseThrow();
        assertThat(catalog.indicators()).extracting(IndicatorDefinition::id)
                .endsWith("K4B", "K7", "R_CBT", "R_FAMILY_PSYCHOEDUCATION", "R_IPS");
        assertThat(k7.population()).isEqualTo(Population.PSYCHOSIS);
        assertThat(k7.periodDate()).isEqualTo(PeriodDate.START);
        assertThat(k7.windowDays()).isEqualTo(30);
        assertThat(k7.metWhen()).singleElement().satisfies(m -> assertThat(m.fact()).isEqualTo("shared_decision_on"));
        assertThat(k7.exclusions()).isEmpty();
        assertThat(k7.minimumDenominator()).isEqualTo(5);
        assertThat(k7.name(Locale.forLanguageTag("nn"))).isEqualTo("Samval dokumentert innan 30 dagar");
        assertThat(catalog.find("K7", 2)).isEmpty();
    }

    @Test
    void peopleReadShortCodesNotInternalIds() {
        List<IndicatorDefinition> catalog = new IndicatorCatalog(new IndicatorProperties(List.of("indicators/catalog-v1.json")))
                .indicators();
        assertThat(catalog).extracting(IndicatorDefinition::code)
                .containsExactly("K1", "K2", "K2a", "K2b", "K2c", "K3", "K4a", "K4b");
    }

    @Test
    void leftOutMinimumDenominatorAndChartTakeTheirDefaults() {
        IndicatorDefinition k1 = read(VALID.formatted("")).get(0);
        assertThat(k1.minimumDenominator()).isEqualTo(5);
        assertThat(k1.defaultChart()).isEqualTo("run");
        assertThat(read(VALID.formatted(", \"minimumDenominator\": 10")).get(0).minimumDenominator()).isEqualTo(10);
    }

    @Test
    void anUnknownFieldStopsTheLoadAndIsNamed() {
        assertInvalid(VALID.formatted(", \"greenLevle\": 0.9"), "greenLevle");
    }

    @Test
    void aMissingNameStopsTheLoad() {
        assertInvalid(VALID.formatted("").replace("\"nn\": \"Nynorsk\", ", ""), "indicator K1: names.nn is missing");
        assertInvalid(VALID.formatted("").replace("\"nn\": \"Nynorsk\"", "\"nn\": \" \""), "names.nn is missing");
    }

    @Test
    void levelsOutsideZeroToOneOrInTheWrongOrderStopTheLoad() {
        assertInvalid(VALID.formatted("").replace("0.8", "80"), "greenLevel is missing or outside 0–1");
        assertInvalid(VALID.formatted("").replace("0.6", "-0.1"), "yellowLevel is missing or outside 0–1");
        assertInvalid(VALID.formatted("").replace("0.6", "0.9"), "yellowLevel must lie on the worse side");
    }

    @Test
    void otherMistakesAreNamed() {
        assertInvalid(VALID.formatted(", \"minimumDenominator\": 0"), "minimumDenominator must be positive");
        assertInvalid(VALID.formatted(", \"defaultChart\": \"pie\""), "defaultChart is not one of");
        assertInvalid(VALID.formatted("").replace("\"START\"", "\"END\""), "windowDays needs periodDate START");
        assertInvalid(VALID.formatted("").replace("PSYCHOSIS", "EVERYONE"), "EVERYONE");
        String twice = VALID.formatted("").replace("]}", "").stripTrailing();
        String k1 = twice.substring(twice.indexOf("{\"id\""));
        assertInvalid(twice + ", " + k1 + "]}", "K1: the id is used twice");
        assertInvalid("{\"catalog\": \"test\", \"version\": 1, \"indicators\": []}", "no indicators");
    }

    private static List<IndicatorDefinition> read(String json) {
        return IndicatorCatalog.read("test.json", stream(json));
    }

    private static void assertInvalid(String json, String message) {
        assertThatThrownBy(() -> read(json)).isInstanceOf(InvalidCatalogException.class)
                .hasMessageStartingWith("Invalid indicator catalog test.json")
                .hasMessageContaining(message);
    }

    private static InputStream stream(String json) {
        return new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8));
    }
}
