package no.sammen.imr;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import no.sammen.registration.NorwegianDates;
import no.sammen.shared.NationalIdMasking;
import no.sammen.shared.WrittenStandard;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The journal text of an IMR session, in bokmål or nynorsk whatever the language of the user
 * interface: the day, the format and the shift, the module by number and name (seed 002's phrase
 * names the module) and its part, whether the user chose homework and whether the user came. The
 * progress the user noted on a goal is the user's and stays out of the journal text.
 */
@Component
class ImrPhrases {

    private static final String PREFIX = "imr.phrase.";

    private final MessageSource messages;
    private final ImrCurriculum curriculum;

    ImrPhrases(MessageSource messages, ImrCurriculum curriculum) {
        this.messages = messages;
        this.curriculum = curriculum;
    }

    String phrase(ImrSessionView s, WrittenStandard standard) {
        Locale locale = standard.locale();
        List<String> sentences = new ArrayList<>();
        sentences.add(text(s.attended() ? "held" : "planned", locale, NorwegianDates.format(s.heldOn()),
                text("format." + s.format().name(), locale), text("shift." + s.shift().name(), locale)));
        String module = curriculum.find(s.moduleId()).map(m -> text("module", locale, m.number(), m.name(locale)))
                .orElse(s.moduleId());
        sentences.add(s.part() == null ? text("moduleOnly", locale, module) : text("modulePart", locale, module,
                s.part()));
        if (s.attended()) {
            sentences.add(text(s.homeworkChosen() ? "homework" : "noHomework", locale));
        } else {
            sentences.add(text("notAttended", locale));
        }
        return NationalIdMasking.mask(String.join(" ", sentences));
    }

    private String text(String key, Locale locale, Object... arguments) {
        return messages.getMessage(PREFIX + key, arguments, locale);
    }
}
