/**
 * Anonymous experience surveys (PRODUCT.md capability 13; ADR 0036): three versioned questionnaires in our own
 * words, for relatives, patients and staff, read from checked data files; survey rounds opened by a leader or
 * coordinator of a unit, each with a public link and a printable QR code and, if chosen, single-use codes; the
 * public answer page, without login, in three languages, which stores the answers and nothing that could tell who
 * gave them; and the results per round and unit: the number of answers, each item's distribution and favourable
 * share with a 95 % Wilson interval, small figures hidden with the indicator reports' suppression, the free texts
 * for the unit's leader only, and a P chart and run chart per item over the rounds, split at the unit's
 * implementation start. Its public face is the questionnaires ({@link no.sammen.survey.SurveyQuestionnaires}),
 * which {@code fhir} turns into FHIR {@code Questionnaire}s. Uses {@code organisation} (units and implementation
 * starts), {@code security} (the acting user), {@code audit}, {@code registration} (the free-text check),
 * {@code indicator} (suppression and the Wilson interval), {@code spc} and {@code report} (the chart computation
 * and its drawing) and {@code shared}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Surveys",
        allowedDependencies = { "audit", "indicator", "organisation", "registration", "report", "security", "shared",
            "spc" })
package no.sammen.survey;
