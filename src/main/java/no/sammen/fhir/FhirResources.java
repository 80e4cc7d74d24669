package no.sammen.fhir;

import java.math.BigDecimal;
import java.util.Date;
import java.util.Locale;

import no.sammen.indicator.IndicatorDefinition;
import no.sammen.indicator.IndicatorExportRow;

import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Enumerations.PublicationStatus;
import org.hl7.fhir.r4.model.Expression;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Measure;
import org.hl7.fhir.r4.model.MeasureReport;
import org.hl7.fhir.r4.model.MeasureReport.MeasureReportStatus;
import org.hl7.fhir.r4.model.MeasureReport.MeasureReportType;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Reference;

/** Builds FHIR R4 resources from the indicator catalog and exported unit values. */
final class FhirResources {

    /** The base of the canonical URLs of Sammen's measures. */
    static final String BASE = "https://sammen.no/fhir/";
    static final String MEASURE_BASE = BASE + "Measure/";
    static final String SCORING = "http://terminology.hl7.org/CodeSystem/measure-scoring";
    static final String POPULATION = "http://terminology.hl7.org/CodeSystem/measure-population";
    static final String IMPROVEMENT = "http://terminology.hl7.org/CodeSystem/measure-improvement-notation";

    private FhirResources() {
    }

    static String canonical(IndicatorDefinition definition) {
        return MEASURE_BASE + resourceId(definition.id());
    }

    /** The indicator id as a FHIR id, which may not hold underscores: K2_PATIENT becomes K2-PATIENT. */
    static String resourceId(String indicatorId) {
        return indicatorId.replace('_', '-');
    }

    /**
     * A count measure (ADR 0032): scoring {@code cohort}, whose one population, the initial population, is what
     * is counted (here: IMR sessions held, not patients), with a stratifier by the count's parts. A cohort
     * measure reports the population's count and has no score.
     */
    static Measure countMeasure(IndicatorDefinition d) {
        Measure measure = new Measure();
        measure.setId(resourceId(d.id()));
        measure.setUrl(canonical(d));
        measure.setVersion(Integer.toString(d.version()));
        measure.setName(d.id());
        measure.setTitle(d.name(Locale.ENGLISH));
        measure.setSubtitle(d.name(Locale.forLanguageTag("nb")));
        measure.setStatus(PublicationStatus.ACTIVE);
        measure.setExperimental(false);
        measure.setPublisher("Sammen");
        measure.setDescription(d.name(Locale.ENGLISH) + ": " + d.numerator() + ". Each member of the population is "
                + "a session, not a patient.");
        measure.setScoring(concept(SCORING, "cohort", "Cohort"));
        measure.setImprovementNotation(improvement(d));
        Measure.MeasureGroupComponent group = measure.addGroup();
        group.setDescription(d.name(Locale.ENGLISH));
        population(group, "initial-population", "Initial Population", d.populationDescription());
        // No criteria: a CQL expression would need a Library this measure does not have; the description says it.
        group.addStratifier().setCode(new CodeableConcept().setText("part"))
                .setDescription("Individual or group session");
        return measure;
    }

    /**
     * A summary report of a count for one part of the organisation and period: the initial population's count
     * and one stratum per part. Pending while the period has not ended.
     */
    static MeasureReport countReport(IndicatorDefinition d, no.sammen.indicator.CountExportRow row, Date generated) {
        MeasureReport report = new MeasureReport();
        report.setId(resourceId(d.id()) + "-" + (row.unitId() == null ? "region" : row.unitId()) + "-"
                + periodId(row.periodStart(), row.periodEnd()));
        report.setStatus(row.provisional() ? MeasureReportStatus.PENDING : MeasureReportStatus.COMPLETE);
        report.setType(MeasureReportType.SUMMARY);
        report.setMeasure(canonical(d) + "|" + d.version());
        report.setDate(generated);
        report.setPeriod(new Period()
                .setStartElement(new DateTimeType(row.periodStart().toString()))
                .setEndElement(new DateTimeType(row.periodEnd().toString())));
        if (row.unitId() != null) {
            report.setReporter(new Reference()
                    .setType("Organization")
                    .setIdentifier(new Identifier().setSystem("urn:ietf:rfc:3986").setValue("urn:uuid:" + row.unitId()))
                    .setDisplay(row.unitName()));
        } else {
            report.setReporter(new Reference().setType("Organization").setDisplay("Region"));
        }
        report.setImprovementNotation(improvement(d));
        MeasureReport.MeasureReportGroupComponent group = report.addGroup();
        group.addPopulation().setCode(concept(POPULATION, "initial-population", "Initial Population"))
                .setCount(Math.toIntExact(row.count()));
        MeasureReport.MeasureReportGroupStratifierComponent stratifier = group.addStratifier();
        stratifier.addCode(new CodeableConcept().setText("part"));
        row.parts().forEach((part, count) -> stratifier.addStratum()
                .setValue(new CodeableConcept().setText(part.toLowerCase(Locale.ROOT)))
                .addPopulation(new MeasureReport.StratifierGroupPopulationComponent()
                        .setCode(concept(POPULATION, "initial-population", "Initial Population"))
                        .setCount(Math.toIntExact(count))));
        return report;
    }

    /** A proportion measure with initial population, denominator (and exclusion) and numerator. */
    static Measure measure(IndicatorDefinition d) {
        if (d.isCount()) {
            return countMeasure(d);
        }
        Measure measure = new Measure();
        measure.setId(resourceId(d.id()));
        measure.setUrl(canonical(d));
        measure.setVersion(Integer.toString(d.version()));
        measure.setName(d.id());
        measure.setTitle(d.name(Locale.ENGLISH));
        measure.setSubtitle(d.name(Locale.forLanguageTag("nb")));
        measure.setStatus(PublicationStatus.ACTIVE);
        measure.setExperimental(false);
        measure.setPublisher("Sammen");
        measure.setDescription(d.name(Locale.ENGLISH) + ". Population: " + d.populationDescription() + ".");
        measure.setScoring(concept(SCORING, "proportion", "Proportion"));
        measure.setImprovementNotation(improvement(d));
        Measure.MeasureGroupComponent group = measure.addGroup();
        group.setDescription(d.name(Locale.ENGLISH));
        population(group, "initial-population", "Initial Population", d.populationDescription());
        population(group, "denominator", "Denominator", d.denominator());
        if (!d.exclusions().isEmpty()) {
            population(group, "denominator-exclusion", "Denominator Exclusion",
                    "Courses marked as having no relatives or network");
        }
        population(group, "numerator", "Numerator", d.numerator());
        return measure;
    }

    /**
     * A summary report of one part of the organisation (unit, clinic, trust or the region) and period. A hidden (suppressed) cell gives populations without
     * counts and no score; a period without courses gives counts 0 and no score. A provisional period (a
     * course's window still open) has the status {@code pending}, a final one {@code complete}.
     */
    static MeasureReport measureReport(IndicatorDefinition d, IndicatorExportRow row, Date generated) {
        MeasureReport report = new MeasureReport();
        report.setId(resourceId(d.id()) + "-" + (row.unitId() == null ? "region" : row.unitId()) + "-"
                + periodId(row.periodStart(), row.periodEnd()));
        // A period with a window still open may still fall: its report is not complete until then. R4's
        // required value set has no "incomplete"; "pending" is its code for a report not yet final (ADR 0020).
        report.setStatus(row.provisional() ? MeasureReportStatus.PENDING : MeasureReportStatus.COMPLETE);
        report.setType(MeasureReportType.SUMMARY);
        report.setMeasure(canonical(d) + "|" + d.version());
        report.setDate(generated);
        // Whole days, with no time zone: an end date includes the whole of its day.
        report.setPeriod(new Period()
                .setStartElement(new DateTimeType(row.periodStart().toString()))
                .setEndElement(new DateTimeType(row.periodEnd().toString())));
        if (row.unitId() != null) {
            report.setReporter(new Reference()
                    .setType("Organization")
                    .setIdentifier(new Identifier().setSystem("urn:ietf:rfc:3986").setValue("urn:uuid:" + row.unitId()))
                    .setDisplay(row.unitName()));
        } else {
            report.setReporter(new Reference().setType("Organization").setDisplay("Region"));
        }
        report.setImprovementNotation(improvement(d));
        MeasureReport.MeasureReportGroupComponent group = report.addGroup();
        MeasureReport.MeasureReportGroupPopulationComponent numerator = group.addPopulation()
                .setCode(concept(POPULATION, "numerator", "Numerator"));
        MeasureReport.MeasureReportGroupPopulationComponent denominator = group.addPopulation()
                .setCode(concept(POPULATION, "denominator", "Denominator"));
        if (!row.hidden()) {
            numerator.setCount(Math.toIntExact(row.numerator()));
            denominator.setCount(Math.toIntExact(row.denominator()));
            if (row.value() != null) {
                group.setMeasureScore(new Quantity().setValue(BigDecimal.valueOf(row.value())));
            }
        }
        return report;
    }

    /** A month as its first day (2024-10-01), a quarter as 2024-Q4, a year as 2024: short enough for a FHIR id. */
    static String periodId(java.time.LocalDate start, java.time.LocalDate end) {
        long months = java.time.temporal.ChronoUnit.MONTHS.between(start, end.plusDays(1));
        if (months == 3) {
            return start.getYear() + "-Q" + ((start.getMonthValue() + 2) / 3);
        }
        if (months == 12) {
            return String.valueOf(start.getYear());
        }
        return start.toString();
    }

    private static void population(Measure.MeasureGroupComponent group, String code, String display,
            String description) {
        group.addPopulation()
                .setCode(concept(POPULATION, code, display))
                .setDescription(description)
                .setCriteria(new Expression().setLanguage("text/cql").setExpression(display));
    }

    private static CodeableConcept improvement(IndicatorDefinition d) {
        return d.direction() == IndicatorDefinition.Direction.HIGHER_IS_BETTER
                ? concept(IMPROVEMENT, "increase", "Increased score indicates improvement")
                : concept(IMPROVEMENT, "decrease", "Decreased score indicates improvement");
    }

    private static CodeableConcept concept(String system, String code, String display) {
        return new CodeableConcept(new Coding(system, code, display));
    }
}
