package no.sammen.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class IndicatorCsvTest {

    @Test
    void fieldsWithCommasQuotesOrLineBreaksAreQuotedWithQuotesDoubled() {
        assertThat(IndicatorCsv.field("Voss DPS")).isEqualTo("Voss DPS");
        assertThat(IndicatorCsv.field("Psykose, døgn")).isEqualTo("\"Psykose, døgn\"");
        assertThat(IndicatorCsv.field("Avd. \"Nord\"")).isEqualTo("\"Avd. \"\"Nord\"\"\"");
        assertThat(IndicatorCsv.field("a\r\nb")).isEqualTo("\"a\r\nb\"");
    }

    @Test
    void rowsEndInCrlfAndHiddenCellsAreEmpty() {
        UUID unit = UUID.randomUUID();
        LocalDate march = LocalDate.of(2024, 3, 1);
        String csv = IndicatorCsv.write(List.of(
                new IndicatorExportRow(unit, "Døgn, \"A\"", null, march, march.plusMonths(1).minusDays(1), "K1",
                        4L, 5L, 0.8, "GREEN", 0.75, 0.2, 1.0, "sigma;runs", false, OrgLevel.UNIT, false, "after", null, null),
                new IndicatorExportRow(unit, "B", null, march, march.plusMonths(1).minusDays(1), "K1", null, null,
                        null, null, null, null, null, "", true, OrgLevel.UNIT, false, null, null, null),
                new IndicatorExportRow(null, null, null, march, march.plusMonths(1).minusDays(1), "K1", 40L, 50L,
                        0.8, null, null, null, null, "", false, OrgLevel.REGION, true, null, null, null)));
        assertThat(csv).isEqualTo("unit,period,indicator,numerator,denominator,value,level,cl,lcl,ucl,signals,"
                + "organisation_level,provisional,phase,excluded_after_window,catalog_version\r\n"
                + "\"Døgn, \"\"A\"\"\",2024-03-01,K1,4,5,0.8,GREEN,0.75,0.2,1,sigma;runs,UNIT,false,after,,\r\n"
                + "B,2024-03-01,K1,,,,,,,,,UNIT,false,,,\r\n"
                + "region,2024-03-01,K1,40,50,0.8,,,,,,REGION,true,,,\r\n");
    }

    @Test
    void levelsFollowTheCatalogLevelsAndDirection() {
        IndicatorDefinition higher = definition(IndicatorDefinition.Direction.HIGHER_IS_BETTER);
        assertThat(IndicatorExportService.level(higher, 0.8)).isEqualTo("GREEN");
        assertThat(IndicatorExportService.level(higher, 0.6)).isEqualTo("YELLOW");
        assertThat(IndicatorExportService.level(higher, 0.59)).isEqualTo("RED");
        assertThat(IndicatorExportService.level(higher, null)).isNull();
        IndicatorDefinition lower = new IndicatorDefinition("X", 1, higher.names(), higher.population(), "p",
                higher.periodDate(), null, "n", "d", List.of(), IndicatorDefinition.Direction.LOWER_IS_BETTER, 0.1,
                0.2, 5, "p");
        assertThat(IndicatorExportService.level(lower, 0.1)).isEqualTo("GREEN");
        assertThat(IndicatorExportService.level(lower, 0.15)).isEqualTo("YELLOW");
        assertThat(IndicatorExportService.level(lower, 0.3)).isEqualTo("RED");
    }

    static IndicatorDefinition definition(IndicatorDefinition.Direction direction) {
        return new IndicatorDefinition("K1", 1, java.util.Map.of("nb", "K", "nn", "K", "en", "K"),
                IndicatorDefinition.Population.PSYCHOSIS, "p", IndicatorDefinition.PeriodDate.START, 3, "n", "d",
                List.of(), direction, 0.8, 0.6, 5, "run");
    }
}
