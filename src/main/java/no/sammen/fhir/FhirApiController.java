package no.sammen.fhir;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import ca.uhn.fhir.context.FhirContext;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import no.sammen.indicator.IndicatorDefinition;
import no.sammen.indicator.IndicatorExportRow;
import no.sammen.indicator.IndicatorExportService;
import no.sammen.indicator.OrgLevel;
import no.sammen.indicator.ReportPeriod;
import no.sammen.security.CurrentUserService;
import no.sammen.shared.NotFoundException;
import no.sammen.survey.SurveyQuestionnaires;

import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.MeasureReport;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/fhir")
@Tag(name = "FHIR", description = "The indicators as FHIR R4 Measure and summary MeasureReport resources.")
class FhirApiController {

    static final MediaType FHIR_JSON = MediaType.parseMediaType("application/fhir+json;charset=UTF-8");

    private final IndicatorExportService exports;
    private final CurrentUserService currentUser;
    private final SurveyQuestionnaires questionnaires;
    private final Clock clock;
    private final FhirContext fhir = FhirContext.forR4Cached();

    FhirApiController(IndicatorExportService exports, CurrentUserService currentUser,
            SurveyQuestionnaires questionnaires, Clock clock) {
        this.exports = exports;
        this.currentUser = currentUser;
        this.questionnaires = questionnaires;
        this.clock = clock;
    }

    @Operation(summary = "The survey questionnaires in use (each one's latest version) as FHIR Questionnaires, in a "
            + "searchset Bundle")
    @GetMapping(value = "/Questionnaire", produces = "application/fhir+json")
    ResponseEntity<String> questionnaires() {
        Bundle bundle = new Bundle().setType(Bundle.BundleType.SEARCHSET);
        for (no.sammen.survey.Questionnaire q : questionnaires.latest()) {
            bundle.addEntry().setFullUrl(FhirResources.BASE + "Questionnaire/" + q.key())
                    .setResource(FhirQuestionnaires.of(q)).getSearch().setMode(Bundle.SearchEntryMode.MATCH);
        }
        bundle.setTotal(bundle.getEntry().size());
        return json(bundle);
    }

    @Operation(summary = "One survey questionnaire as a FHIR Questionnaire: by id and version (RELATIVES-1), or by id "
            + "alone for the latest version")
    @GetMapping(value = "/Questionnaire/{id}", produces = "application/fhir+json")
    ResponseEntity<String> questionnaire(@PathVariable String id) {
        int dash = id.lastIndexOf('-');
        java.util.Optional<no.sammen.survey.Questionnaire> found = dash > 0 && id.substring(dash + 1).matches("[0-9]{1,4}")
                ? questionnaires.find(id.substring(0, dash), Integer.parseInt(id.substring(dash + 1)))
                : questionnaires.latest(id);
        return json(FhirQuestionnaires.of(found.orElseThrow(() -> new NotFoundException("Questionnaire"))));
    }

    @Operation(summary = "The Measure of one catalog indicator")
    @GetMapping(value = "/Measure/{id}", produces = "application/fhir+json")
    ResponseEntity<String> measure(@PathVariable String id) {
        // Ids are given as FHIR ids (K2-PATIENT) or as catalog ids (K2_PATIENT).
        return json(FhirResources.measure(exports.definition(id.replace('-', '_'))));
    }

    @Operation(summary = "Summary MeasureReports of an indicator for one period (a month 2026-10, a quarter 2026-Q3 or "
            + "a year 2026), per unit the caller may see (one unit with 'unit'), or per clinic or trust or for the "
            + "region with 'level', as a searchset Bundle; suppressed counts are left out")
    @GetMapping(value = "/MeasureReport", produces = "application/fhir+json")
    ResponseEntity<String> measureReports(@RequestParam String indicator, @RequestParam(required = false) UUID unit,
            @RequestParam(defaultValue = "UNIT") OrgLevel level, @RequestParam String period) {
        IndicatorDefinition definition = exports.definition(indicator);
        ReportPeriod reportPeriod = ReportPeriod.parse(period, "period");
        if (definition.isCount()) {
            return json(countReports(definition, unit, level, reportPeriod));
        }
        List<IndicatorExportRow> rows = exports.rows(indicator, level, reportPeriod.type(), reportPeriod.start(),
                reportPeriod.start(), currentUser.current());
        Date generated = Date.from(clock.instant());
        Bundle bundle = new Bundle().setType(Bundle.BundleType.SEARCHSET);
        for (IndicatorExportRow row : rows) {
            if (unit == null || unit.equals(row.unitId())) {
                MeasureReport report = FhirResources.measureReport(definition, row, generated);
                bundle.addEntry()
                        .setFullUrl(FhirResources.BASE + "MeasureReport/" + report.getIdElement().getIdPart())
                        .setResource(report)
                        .getSearch().setMode(Bundle.SearchEntryMode.MATCH);
            }
        }
        bundle.setTotal(bundle.getEntry().size());
        return json(bundle);
    }

    /** A count's reports (ADR 0032): one per part of the organisation where the count is in use. */
    private Bundle countReports(IndicatorDefinition definition, UUID unit, OrgLevel level, ReportPeriod period) {
        Date generated = Date.from(clock.instant());
        Bundle bundle = new Bundle().setType(Bundle.BundleType.SEARCHSET);
        for (var row : exports.countRows(definition, level, period.type(), period.start(), period.start(),
                currentUser.current(), null)) {
            if (row.inUse() && (unit == null || unit.equals(row.unitId()))) {
                MeasureReport report = FhirResources.countReport(definition, row, generated);
                bundle.addEntry()
                        .setFullUrl(FhirResources.BASE + "MeasureReport/" + report.getIdElement().getIdPart())
                        .setResource(report)
                        .getSearch().setMode(Bundle.SearchEntryMode.MATCH);
            }
        }
        bundle.setTotal(bundle.getEntry().size());
        return bundle;
    }

    private ResponseEntity<String> json(IBaseResource resource) {
        return ResponseEntity.ok().contentType(FHIR_JSON)
                .body(fhir.newJsonParser().setPrettyPrint(true).encodeResourceToString(resource));
    }
}
