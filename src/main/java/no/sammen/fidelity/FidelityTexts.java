package no.sammen.fidelity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The words of an item's result and anchors in the user's language, for the page and the API alike. */
@Component
class FidelityTexts {

    private final MessageSource messages;

    FidelityTexts(MessageSource messages) {
        this.messages = messages;
    }

    /** The data behind a computed score, in words. */
    public String basis(ItemScore score, Locale locale) {
        return messages.getMessage("fidelity.basis." + score.basisKey(), score.basisArguments(), locale);
    }

    /** The anchors from 1 to 5: written out in the file, or a share's bands with what is measured. */
    public List<String> anchors(FidelityScales.Item item, Locale locale) {
        List<String> anchors = new ArrayList<>();
        for (int score = 1; score <= 5; score++) {
            if (item.anchors() != null) {
                anchors.add(item.anchor(score, locale));
            } else if (!item.bands().share()) {
                anchors.add(messages.getMessage("fidelity.anchor.PRACTICE." + score, null, locale));
            } else if (score == 1) {
                anchors.add(messages.getMessage("fidelity.anchor.below",
                        new Object[] {item.bands().lowest(2), item.measure(locale)}, locale));
            } else if (score == 5) {
                anchors.add(messages.getMessage("fidelity.anchor.atLeast",
                        new Object[] {item.bands().lowest(5), item.measure(locale)}, locale));
            } else {
                anchors.add(messages.getMessage("fidelity.anchor.between", new Object[] {item.bands().lowest(score),
                    item.bands().lowest(score + 1) - 1, item.measure(locale)}, locale));
            }
        }
        return anchors;
    }

    public String message(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
