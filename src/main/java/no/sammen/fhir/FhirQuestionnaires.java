package no.sammen.fhir;

import java.util.Locale;
import java.util.Map;

import no.sammen.survey.Questionnaire;
import no.sammen.survey.SurveyItem;

import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Enumerations.PublicationStatus;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemComponent;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemType;
import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.StringType;

/**
 * A survey questionnaire (ADR 0036) as a FHIR R4 {@code Questionnaire}: bokmål as the resource's language, nynorsk
 * and English as translations of every text; choices, scales and yes/no/don't know as {@code choice} items with
 * their answers as codings of Sammen's own code system, free text as {@code text} with its maximum length.
 */
final class FhirQuestionnaires {

    static final String BASE = FhirResources.BASE + "Questionnaire/";
    static final String ANSWERS = FhirResources.BASE + "CodeSystem/survey-answers";
    static final String TRANSLATION = "http://hl7.org/fhir/StructureDefinition/translation";
    private static final Locale BOKMAAL = Locale.forLanguageTag("nb");

    private FhirQuestionnaires() {
    }

    static org.hl7.fhir.r4.model.Questionnaire of(Questionnaire q) {
        org.hl7.fhir.r4.model.Questionnaire r = new org.hl7.fhir.r4.model.Questionnaire();
        r.setId(q.key());
        r.setUrl(BASE + q.id());
        r.setVersion(Integer.toString(q.version()));
        r.setName(q.id());
        r.setLanguage("nb");
        r.setTitleElement(translated(q.title()));
        r.setStatus(PublicationStatus.ACTIVE);
        r.setExperimental(false);
        r.setPublisher("Sammen");
        r.setDescription(q.introduction(BOKMAAL));
        r.setPurpose(q.sourceText(Locale.ENGLISH));
        for (SurveyItem item : q.items()) {
            QuestionnaireItemComponent it = r.addItem();
            it.setLinkId(item.id());
            it.setTextElement(translated(item.texts()));
            it.setRequired(!item.optional());
            if (item.freeText()) {
                it.setType(QuestionnaireItemType.TEXT);
                it.setMaxLength(item.maxLength());
                continue;
            }
            it.setType(QuestionnaireItemType.CHOICE);
            for (int i = 0; i < item.options().size(); i++) {
                SurveyItem.ItemOption o = item.options().get(i);
                String display = o.text(BOKMAAL);
                if (item.lowText(BOKMAAL) != null && i == 0) {
                    display = o.id() + " – " + item.lowText(BOKMAAL);
                } else if (item.highText(BOKMAAL) != null && i == item.options().size() - 1) {
                    display = o.id() + " – " + item.highText(BOKMAAL);
                }
                it.addAnswerOption().setValue(new Coding(ANSWERS, o.id(), display));
            }
        }
        return r;
    }

    /** The bokmål text, with nynorsk and English as translation extensions. */
    private static StringType translated(Map<String, String> texts) {
        StringType text = new StringType(texts.get("nb"));
        for (String language : new String[] {"nn", "en"}) {
            Extension translation = text.addExtension().setUrl(TRANSLATION);
            translation.addExtension("lang", new CodeType(language));
            translation.addExtension("content", new StringType(texts.get(language)));
        }
        return text;
    }
}
