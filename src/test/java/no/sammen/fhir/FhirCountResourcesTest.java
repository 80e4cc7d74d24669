package no.sammen.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import ca.uhn.fhir.context.FhirContext;

import no.sammen.indicator.CountExportRow;
import no.sammen.indicator.IndicatorDefinition;
import no.sammen.indicator.OrgLevel;

import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Measure;
import org.hl7.fhir.r4.model.MeasureReport;
import org.junit.jupiter.api.Test;

/** K6 as FHIR (ADR 0032): a cohort Measure of sessions and its MeasureReport, valid R4. */
class FhirCountResourcesTest {

    private static final FhirContext FHIR = FhirContext.forR4Cached();
    private static final IndicatorDefinition K6 = new IndicatorDefinition("K6", 1,
            Map.of("nb", "IMR-økter", "nn", "IMR-økter", "en", "IMR sessions"), null, "IMR sessions held", null, null,
            "IMR sessions held at the unit", null, List.of(), IndicatorDefinition.Direction.HIGHER_IS_BETTER, 0, 0, 1,
            "c", List.of(), null, IndicatorDefinition.ExclusionTiming.ANY_TIME,
            List.of(new IndicatorDefinition.Breakdown("INDIVIDUAL", Map.of("nb", "I"), List.of()),
                    new IndicatorDefinition.Breakdown("GROUP", Map.of("nb", "G"), List.of())),
            IndicatorDefinition.Measure.COUNT, "imr_sessions");

    @Test
    void aCountIsAValidCohortMeasureWithAStratifierByPart() {
        Measure measure = FhirResources.measure(K6);
        assertThat(FhirValidation.errors(json(measure))).isEmpty();
        assertThat(measure.getScoring().getCodingFirstRep().getCode()).isEqualTo("cohort");
        assertThat(measure.getGroupFirstRep().getPopulation()).singleElement()
                .satisfies(p -> assertThat(p.getCode().getCodingFirstRep().getCode()).isEqualTo("initial-population"));
        assertThat(measure.getGroupFirstRep().getStratifier()).hasSize(1);
    }

    @Test
    void aCountsReportGivesTheCountAsTheInitialPopulationAndPendingWhileTheMonthRuns() {
        Map<String, Long> parts = new LinkedHashMap<>();
        parts.put("INDIVIDUAL", 7L);
        parts.put("GROUP", 2L);
        CountExportRow row = new CountExportRow(UUID.randomUUID(), "Enhet", LocalDate.of(2026, 10, 1),
                LocalDate.of(2026, 10, 31), "K6", true, 9L, parts, 10.0, 8.0, 0.0, 16.5, "", OrgLevel.UNIT, true, 5);
        MeasureReport report = FhirResources.countReport(K6, row, new Date());
        assertThat(FhirValidation.errors(json(report))).isEmpty();
        assertThat(report.getStatus()).isEqualTo(MeasureReport.MeasureReportStatus.PENDING);
        assertThat(report.getGroupFirstRep().getPopulationFirstRep().getCount()).isEqualTo(9);
        assertThat(report.getGroupFirstRep().hasMeasureScore()).isFalse();
        assertThat(report.getGroupFirstRep().getStratifierFirstRep().getStratum())
                .extracting(s -> s.getPopulationFirstRep().getCount()).containsExactly(7, 2);
    }

    private static String json(IBaseResource resource) {
        return FHIR.newJsonParser().encodeResourceToString(resource);
    }
}
