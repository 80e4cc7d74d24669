package no.sammen.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import no.sammen.shared.CatalogChecks;

import org.junit.jupiter.api.Test;

/** The shipped questionnaires load, and a file with a mistake is refused naming the item and the field. */
class SurveyQuestionnairesTest {

    static final List<String> SHIPPED = List.of("survey/relatives-v1.json", "survey/patients-v1.json",
            "survey/staff-v1.json");

    static SurveyQuestionnaires shipped() {
        return new SurveyQuestionnaires(SHIPPED.stream().map(SurveyQuestionnaires::load).toList());
    }

    @Test
    void theThreeShippedQuestionnairesLoadWithEveryKindOfItem() {
        SurveyQuestionnaires all = shipped();
        assertThat(all.latest()).extracting(Questionnaire::id).containsExactly("RELATIVES", "PATIENTS", "STAFF");
        Questionnaire relatives = all.latest("RELATIVES").orElseThrow();
        assertThat(relatives.items()).extracting(SurveyItem::kind).contains(ItemKind.values());
        assertThat(relatives.items()).anyMatch(i -> !i.optional()).anyMatch(SurveyItem::optional);
        assertThat(relatives.introduction(Locale.ENGLISH)).contains("anonymous and voluntary");
        SurveyItem scale = relatives.item("INFORMED_TREATMENT").orElseThrow();
        assertThat(scale.options()).extracting(SurveyItem.ItemOption::id).containsExactly("1", "2", "3", "4", "5");
        assertThat(scale.lowText(Locale.forLanguageTag("nn"))).isEqualTo("Ikkje i det heile");
        assertThat(relatives.item("CONTACTED").orElseThrow().notCounted()).containsExactly("DONT_KNOW");
        assertThat(all.find("STAFF", 1)).isPresent();
        assertThat(all.find("STAFF", 2)).isEmpty();
    }

    private static Questionnaire read(String json) {
        return SurveyQuestionnaires.read("test.json", new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    private static final String HEADER = """
            {"catalog": "survey-questionnaire", "version": 1, "id": "TEST",
             "source": {"nb": "k", "nn": "k", "en": "s"}, "title": {"nb": "t", "nn": "t", "en": "t"},
             "introduction": {"nb": "i", "nn": "i", "en": "i"}, "items": [""";

    @Test
    void aFavourableAnswerTheItemDoesNotTakeIsNamed() {
        assertThatThrownBy(() -> read(HEADER + """
                {"id": "Q", "kind": "YES_NO_DONT_KNOW", "texts": {"nb": "q", "nn": "q", "en": "q"},
                 "favourable": ["MAYBE"]}]}"""))
                .isInstanceOf(CatalogChecks.InvalidCatalogException.class)
                .hasMessageContaining("item Q").hasMessageContaining("favourable MAYBE is not one of the item's answers");
    }

    @Test
    void aMissingLanguageAnUnknownKindAndAnUnknownFieldAreNamed() {
        assertThatThrownBy(() -> read(HEADER + """
                {"id": "Q", "kind": "SCALE", "texts": {"nb": "q", "en": "q"}, "favourable": ["5"]}]}"""))
                .hasMessageContaining("item Q: texts.nn is missing");
        assertThatThrownBy(() -> read(HEADER + """
                {"id": "Q", "kind": "SLIDER", "texts": {"nb": "q", "nn": "q", "en": "q"}}]}"""))
                .hasMessageContaining("item Q: kind is not one of");
        assertThatThrownBy(() -> read(HEADER + """
                {"id": "Q", "kind": "FREE_TEXT", "maxLength": 100, "colour": "red",
                 "texts": {"nb": "q", "nn": "q", "en": "q"}}]}"""))
                .hasMessageContaining("colour");
        assertThatThrownBy(() -> read(HEADER + """
                {"id": "Q", "kind": "FREE_TEXT", "texts": {"nb": "q", "nn": "q", "en": "q"}}]}"""))
                .hasMessageContaining("item Q: maxLength must be from 1 to");
    }

    @Test
    void anItemWithOnlyFavourableAnswersIsRefused() {
        assertThatThrownBy(() -> read(HEADER + """
                {"id": "Q", "kind": "SINGLE_CHOICE", "texts": {"nb": "q", "nn": "q", "en": "q"},
                 "options": [{"id": "A", "texts": {"nb": "a", "nn": "a", "en": "a"}},
                             {"id": "B", "texts": {"nb": "b", "nn": "b", "en": "b"}}],
                 "favourable": ["A"], "notCounted": ["B"]}]}"""))
                .hasMessageContaining("item Q: favourable leaves no unfavourable answer");
    }
}
