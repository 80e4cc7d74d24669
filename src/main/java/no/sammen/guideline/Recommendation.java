package no.sammen.guideline;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

import no.sammen.patient.DiagnosisGroup;
import no.sammen.patient.Pathway;

/**
 * One recommendation of the guideline catalog.
 *
 * @param evidenceLevel  the level of the evidence behind it: 1a, 1b, 2a, 2b, 3 or 4
 * @param grade          the strength of the recommendation: A, B, C or D
 * @param diagnosisGroups the courses it applies to by diagnosis: {@code PSYCHOSIS} and/or {@code OTHER}
 * @param pathways       the courses it applies to by pathway
 * @param offeredByUnits whether it is an offer that a unit either has or lacks (and so may be "not
 *                       available at this unit" on a course)
 * @param answeredBy     where another module already knows whether the course has it (for example
 *                       {@code FAMILY_CONTACT_WITHIN_THREE_DAYS}), or {@code null}
 * @param names          the short name, by language (nb, nn, en)
 * @param texts          the recommendation in a sentence or two, in our own words, by language
 */
public record Recommendation(String id, RecommendationKind kind, String evidenceLevel, String grade,
        Set<DiagnosisGroup> diagnosisGroups, Set<Pathway> pathways, boolean offeredByUnits, String answeredBy,
        Map<String, String> names, Map<String, String> texts) {

    /** Whether it applies to a course with this diagnosis and pathway. */
    public boolean appliesTo(boolean psychosis, Pathway pathway) {
        return diagnosisGroups.contains(psychosis ? DiagnosisGroup.PSYCHOSIS : DiagnosisGroup.OTHER)
                && pathways.contains(pathway);
    }

    /** The short name in the locale's language, bokmål otherwise. */
    public String name(Locale locale) {
        return names.getOrDefault(locale.getLanguage(), names.get("nb"));
    }

    /** The text in the locale's language, bokmål otherwise. */
    public String text(Locale locale) {
        return texts.getOrDefault(locale.getLanguage(), texts.get("nb"));
    }
}
