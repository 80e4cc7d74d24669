/**
 * FHIR R4 export of the quality indicators: a {@code Measure} per catalog indicator and a summary
 * {@code MeasureReport} per unit and period, and the survey questionnaires as {@code Questionnaire}s
 * (ADR 0036), built and serialised with HAPI FHIR. This is the only module that uses HAPI. Uses {@code indicator} (the catalog and the suppressed unit values) and
 * {@code security} (who is asking) and {@code survey} (the questionnaires).
 */
@org.springframework.modulith.ApplicationModule(displayName = "FHIR export",
        allowedDependencies = { "indicator", "security", "shared", "survey" })
package no.sammen.fhir;
