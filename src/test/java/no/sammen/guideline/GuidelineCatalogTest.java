package no.sammen.guideline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import no.sammen.patient.Pathway;
import no.sammen.shared.CatalogChecks.InvalidCatalogException;

import org.junit.jupiter.api.Test;

class GuidelineCatalogTest {

    private static final String VALID = """
            {"catalog": "guideline", "version": 1,
             "source": {"nb": "Kilde", "nn": "Kjelde", "en": "Source"},
             "recommendations": [
              {"id": "CBT_PSYCHOSIS", "kind": "MEASURE", "evidenceLevel": "1a", "grade": "A",
               "diagnosisGroups": ["PSYCHOSIS"], "pathways": ["ORDINARY", "MEDICATION_FREE"], "offeredByUnits": true,
               "names": {"nb": "KAT", "nn": "KÅT", "en": "CBT"}, "texts": {"nb": "t", "nn": "t", "en": "t"} %s}
            ]}""";

    @Test
    void theShippedCatalogHoldsTheSeedsRecommendationsWithEvidenceLevelAndGrade() {
        Guideline guideline = new Guideline(new GuidelineProperties(List.of("guideline/guideline-v1.json")));
        List<Recommendation> all = guideline.recommendations();
        assertThat(all).extracting(Recommendation::id).containsExactly("INDIVIDUAL_ADAPTATION", "USER_PARTICIPATION",
                "CBT_PSYCHOSIS", "PHYSICAL_ACTIVITY", "FAMILY_COLLABORATION", "SINGLE_FAMILY_PSYCHOEDUCATION",
                "MULTI_FAMILY_PSYCHOEDUCATION", "MUSIC_THERAPY", "SOCIAL_SKILLS_TRAINING", "IPS",
                "ANTIPSYCHOTIC_MEDICATION");
        assertThat(all).extracting(r -> r.evidenceLevel() + r.grade()).containsExactly("1bA", "4A", "1aA", "1bA",
                "1bA", "1bA", "1aA", "1aA", "1bA", "1aA", "1aA");
        assertThat(guideline.find("FAMILY_COLLABORATION").orElseThrow().answeredBy())
                .isEqualTo("FAMILY_CONTACT_WITHIN_THREE_DAYS");
        assertThat(guideline.find("IPS").orElseThrow().name(Locale.ENGLISH))
                .isEqualTo("Individual placement and support (IPS)");
        assertThat(guideline.find("USER_PARTICIPATION").orElseThrow().name(Locale.forLanguageTag("nn")))
                .isEqualTo("Brukarmedverknad");
        // Medication is not put on the checklist of a course whose pathway is medication-free, and nothing
        // of the psychosis guideline applies to a course of another diagnosis.
        assertThat(guideline.applyingTo(true, Pathway.MEDICATION_FREE)).extracting(Recommendation::id)
                .doesNotContain("ANTIPSYCHOTIC_MEDICATION").contains("CBT_PSYCHOSIS", "IPS");
        assertThat(guideline.applyingTo(true, Pathway.ORDINARY)).hasSize(11);
        assertThat(guideline.applyingTo(false, Pathway.ORDINARY)).isEmpty();
        assertThat(guideline.versions()).containsExactly(1);
        assertThat(guideline.current().source().get("nb")).contains("psykoselidelser");
    }

    @Test
    void aCatalogWithAMistakeIsRefusedNamingTheRecommendationAndTheField() {
        assertThat(read(VALID.formatted("")).recommendations()).hasSize(1);
        assertInvalid(VALID.replace("\"1a\"", "\"1c\""), "recommendation CBT_PSYCHOSIS: evidenceLevel is missing or not one of");
        assertInvalid(VALID.replace("\"grade\": \"A\"", "\"grade\": \"E\""), "recommendation CBT_PSYCHOSIS: grade");
        assertInvalid(VALID.replace("\"nn\": \"KÅT\", ", ""), "recommendation CBT_PSYCHOSIS: names.nn is missing");
        assertInvalid(VALID.replace("\"en\": \"t\"", "\"de\": \"t\""), "recommendation CBT_PSYCHOSIS: texts.en is missing");
        assertInvalid(VALID.replace("[\"PSYCHOSIS\"]", "[\"ALL\"]"), "recommendation CBT_PSYCHOSIS: diagnosisGroups");
        assertInvalid(VALID.replace("[\"ORDINARY\", \"MEDICATION_FREE\"]", "[]"), "recommendation CBT_PSYCHOSIS: pathways");
        assertInvalid(VALID.replace("\"MEASURE\"", "\"PRINCIPLE\""), "recommendation CBT_PSYCHOSIS: offeredByUnits is only for a MEASURE");
        assertInvalid(VALID.formatted(", \"answeredBy\": \"SOMETHING\""), "recommendation CBT_PSYCHOSIS: answeredBy is not one of");
        assertInvalid(VALID.replace("\"CBT_PSYCHOSIS\"", "\"cbt\""), "recommendation cbt: id is missing or not of the form");
        assertInvalid(VALID.formatted(", \"strength\": 3"), "Unrecognized property \"strength\"");
        assertInvalid(VALID.replace("\"version\": 1", "\"version\": 0"), "test.json: version is missing or not positive");
        int entry = VALID.indexOf("{\"id\"");
        int end = VALID.lastIndexOf("]}");
        String one = VALID.substring(entry, end).strip().formatted("");
        String twice = VALID.substring(0, entry) + one + ", " + one + "]}";
        assertInvalid(twice, "recommendation CBT_PSYCHOSIS: id is used twice");
    }

    private static Guideline.Version read(String json) {
        return Guideline.read("test.json", new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    private static void assertInvalid(String json, String message) {
        assertThatThrownBy(() -> read(json.contains("%s") ? json.formatted("") : json))
                .isInstanceOf(InvalidCatalogException.class)
                .hasMessageStartingWith("Invalid guideline catalog test.json")
                .hasMessageContaining(message);
    }
}
