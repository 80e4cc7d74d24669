package no.sammen.guideline;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import no.sammen.registration.NorwegianDates;
import no.sammen.shared.NationalIdMasking;
import no.sammen.shared.WrittenStandard;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The journal text of a course's guideline checklist, in bokmål or nynorsk whatever the language of
 * the user interface: one sentence per measure whose state is registered (or that another module
 * answers), in catalog order, with the day and the reason. Free text is masked for anything shaped
 * like a national id.
 */
@Component
class ChecklistPhrases {

    private static final String PREFIX = "guideline.phrase.";

    private final MessageSource messages;

    ChecklistPhrases(MessageSource messages) {
        this.messages = messages;
    }

    String phrase(ChecklistView checklist, WrittenStandard standard) {
        Locale locale = standard.locale();
        List<String> sentences = new ArrayList<>();
        for (ChecklistItem item : checklist.items()) {
            String name = item.recommendation().name(locale);
            if (item.answer() != null) {
                FamilyContactAnswer a = item.answer();
                sentences.add(text("family." + a.status().name(), locale, name,
                        NorwegianDates.format(a.firstContactOn()), a.day()));
            } else if (item.current() != null && item.state() != ChecklistState.NOT_CONSIDERED) {
                ChecklistEntryView e = item.current();
                String sentence = text("state." + e.state().name(), locale, name, NorwegianDates.format(e.stateOn()));
                if (e.reason() != null) {
                    sentence = sentence.substring(0, sentence.length() - 1) + " " + text("reason", locale, e.reason());
                }
                sentences.add(sentence);
            }
        }
        if (sentences.isEmpty()) {
            return text("none", locale);
        }
        return NationalIdMasking.mask(text("intro", locale) + " " + String.join(" ", sentences));
    }

    private String text(String key, Locale locale, Object... arguments) {
        return messages.getMessage(PREFIX + key, arguments, locale);
    }
}
