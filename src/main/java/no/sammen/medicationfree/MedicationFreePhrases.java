package no.sammen.medicationfree;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import no.sammen.registration.NorwegianDates;
import no.sammen.shared.NationalIdMasking;
import no.sammen.shared.WrittenStandard;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The journal text of an eligibility assessment or a change of the pathway, in bokmål or nynorsk
 * whatever the language of the user interface: the day, the criteria met and not met in the seed's
 * words, and whether the medication-free pathway was chosen. Free text is masked for anything shaped
 * like a national id.
 */
@Component
class MedicationFreePhrases {

    private static final String PREFIX = "medicationfree.phrase.";

    private final MessageSource messages;

    MedicationFreePhrases(MessageSource messages) {
        this.messages = messages;
    }

    String phrase(AssessmentView assessment, WrittenStandard standard) {
        Locale locale = standard.locale();
        List<String> met = new ArrayList<>();
        List<String> unmet = new ArrayList<>();
        for (Criterion criterion : Criterion.values()) {
            String words = criterion == Criterion.PSYCHOSIS
                    ? text("criterion.psychosis", locale, assessment.diagnosisCode())
                    : text("criterion." + criterion.field(), locale);
            (assessment.unmet().contains(criterion.field()) ? unmet : met).add(words);
        }
        List<String> sentences = new ArrayList<>();
        sentences.add(text("assessed", locale, NorwegianDates.format(assessment.assessedOn())));
        if (!met.isEmpty()) {
            sentences.add(text("met", locale, String.join("; ", met)));
        }
        if (!unmet.isEmpty()) {
            sentences.add(text("unmet", locale, String.join("; ", unmet)));
        }
        sentences.add(text(assessment.eligible() ? "chosen" : "notChosen", locale));
        if (assessment.note() != null) {
            sentences.add(assessment.note());
        }
        return NationalIdMasking.mask(String.join(" ", sentences));
    }

    String phrase(PathwayChangeView change, WrittenStandard standard) {
        Locale locale = standard.locale();
        String sentence = text("change." + change.kind(), locale, NorwegianDates.format(change.changedOn()));
        return NationalIdMasking.mask(change.reason() == null ? sentence
                : sentence + " " + text("change.reason", locale, change.reason()));
    }

    private String text(String key, Locale locale, Object... arguments) {
        return messages.getMessage(PREFIX + key, arguments, locale);
    }
}
