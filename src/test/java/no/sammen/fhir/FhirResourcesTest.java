package no.sammen.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import ca.uhn.fhir.context.FhirContext;

import no.sammen.indicator.IndicatorDefinition;
import no.sammen.indicator.IndicatorExportRow;

import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Measure;
import org.hl7.fhir.r4.model.MeasureReport;
import org.junit.jupiter.api.Test;

/** The resources as built, checked by HAPI's validator against the R4 base specification. */
class FhirResourcesTest {

    private static final FhirContext FHIR = FhirContext.forR4Cached();
    private static final IndicatorDefinition K2_PATIENT = new IndicatorDefinition("K2_PATIENT", 1,
            Map.of("nb", "Basissamtale med pasienten", "nn", "Basissamtale med pasienten",
                    "en", "Basic conversation with the patient"),
            IndicatorDefinition.Population.PSYCHOSIS, "Treatment courses with a psychosis diagnosis",
            IndicatorDefinition.PeriodDate.START, 42, "Courses with a conversation by day 42",
            "Courses starting in the period", List.of(IndicatorDefinition.Exclusion.NO_NETWORK),
            IndicatorDefinition.Direction.HIGHER_IS_BETTER, 0.8, 0.6, 5, "p");
    private static final LocalDate OCTOBER = LocalDate.of(2026, 10, 1);

    @Test
    void aMeasureIsAValidProportionMeasureThatImprovesUpwards() {
        Measure measure = FhirResources.measure(K2_PATIENT);
        assertThat(FhirValidation.errors(json(measure))).isEmpty();
        assertThat(measure.getIdElement().getIdPart()).isEqualTo("K2-PATIENT");
        assertThat(measure.getUrl()).isEqualTo("https://sammen.no/fhir/Measure/K2-PATIENT");
        assertThat(measure.getScoring().getCodingFirstRep().getCode()).isEqualTo("proportion");
        assertThat(measure.getImprovementNotation().getCodingFirstRep().getCode()).isEqualTo("increase");
        assertThat(measure.getGroupFirstRep().getPopulation()).extracting(p -> p.getCode().getCodingFirstRep().getCode())
                .containsExactly("initial-population", "denominator", "denominator-exclusion", "numerator");
    }

    @Test
    void aShownReportIsValidAndCarriesCountsAndScore() {
        MeasureReport report = report(row(4L, 5L, 0.8, false));
        assertThat(FhirValidation.errors(json(report))).isEmpty();
        assertThat(report.getStatus()).isEqualTo(MeasureReport.MeasureReportStatus.COMPLETE);
        assertThat(report.getType()).isEqualTo(MeasureReport.MeasureReportType.SUMMARY);
        assertThat(report.getMeasure()).isEqualTo("https://sammen.no/fhir/Measure/K2-PATIENT|1");
        assertThat(report.getReporter().getDisplay()).isEqualTo("Døgn Nord");
        assertThat(report.getGroupFirstRep().getPopulation()).extracting(p -> p.getCount()).containsExactly(4, 5);
        assertThat(report.getGroupFirstRep().getMeasureScore().getValue().doubleValue()).isEqualTo(0.8);
    }

    @Test
    void aSuppressedReportIsValidAndHasNoNumbers() {
        MeasureReport report = report(row(null, null, null, true));
        String json = json(report);
        assertThat(FhirValidation.errors(json)).isEmpty();
        assertThat(report.getGroupFirstRep().getPopulation()).allMatch(p -> !p.hasCount());
        assertThat(report.getGroupFirstRep().hasMeasureScore()).isFalse();
        assertThat(json).doesNotContain("\"count\"").doesNotContain("measureScore");
    }

    @Test
    void anEmptyPeriodIsValidWithCountsZeroAndNoScore() {
        MeasureReport report = report(row(0L, 0L, null, false));
        assertThat(FhirValidation.errors(json(report))).isEmpty();
        assertThat(report.getGroupFirstRep().getPopulation()).extracting(p -> p.getCount()).containsExactly(0, 0);
        assertThat(report.getGroupFirstRep().hasMeasureScore()).isFalse();
    }

    @Test
    void theValidatorDoesFindErrors() {
        MeasureReport report = report(row(4L, 5L, 0.8, false));
        report.setStatus(null);
        report.getPeriod().setStart(null).setEnd(null);
        assertThat(FhirValidation.errors(json(report))).isNotEmpty();
    }

    private static MeasureReport report(IndicatorExportRow row) {
        return FhirResources.measureReport(K2_PATIENT, row, new Date());
    }

    private static IndicatorExportRow row(Long numerator, Long denominator, Double value, boolean hidden) {
        return new IndicatorExportRow(UUID.randomUUID(), "Døgn Nord", UUID.randomUUID(), OCTOBER,
                OCTOBER.plusMonths(1).minusDays(1), "K2_PATIENT", numerator, denominator, value, null, null, null,
                null, "", hidden, no.sammen.indicator.OrgLevel.UNIT, false, null, null, null);
    }

    private static String json(IBaseResource resource) {
        return FHIR.newJsonParser().encodeResourceToString(resource);
    }
}
