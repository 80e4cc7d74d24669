package no.sammen.shareddecision;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import no.sammen.family.NetworkMemberView;
import no.sammen.guideline.Guideline;
import no.sammen.registration.NorwegianDates;
import no.sammen.shared.NationalIdMasking;
import no.sammen.shared.WrittenStandard;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The journal text of a shared decision, in bokmål or nynorsk whatever the language of the user
 * interface: the day and question, the options considered, what matters most to the patient in their
 * own words, the decision aid, who took part (by their relation to the patient, never by name), the
 * decision and the day to revisit it. Free text is masked for anything shaped like a national id.
 */
@Component
class SharedDecisionPhrases {

    private static final String PREFIX = "shareddecision.phrase.";

    private final MessageSource messages;
    private final Guideline guideline;

    SharedDecisionPhrases(MessageSource messages, Guideline guideline) {
        this.messages = messages;
        this.guideline = guideline;
    }

    /** The phrase; {@code network} is the course's network map, in its order. */
    String phrase(SharedDecisionView d, List<NetworkMemberView> network, WrittenStandard standard) {
        Locale locale = standard.locale();
        List<String> sentences = new ArrayList<>();
        String question = d.question() == DecisionQuestion.OTHER && d.questionText() != null ? d.questionText()
                : text("question." + d.question().name(), locale);
        sentences.add(text("decided", locale, NorwegianDates.format(d.decidedOn()), question));
        List<String> options = new ArrayList<>();
        for (String id : d.optionIds()) {
            // An option of an older catalog version that is no longer listed keeps its id.
            options.add(guideline.find(id).map(r -> r.name(locale)).orElse(id));
        }
        options.addAll(d.freeOptions());
        if (!options.isEmpty()) {
            sentences.add(text("options", locale, String.join("; ", options)));
        }
        sentences.add(text("whatMatters", locale, d.whatMatters()));
        if (d.decisionAidUsed() && d.decisionAid() != null) {
            sentences.add(text("aidUsed", locale, d.decisionAid() == DecisionAid.OTHER && d.decisionAidText() != null
                    ? d.decisionAidText() : text("aid." + d.decisionAid().name(), locale)));
        } else {
            sentences.add(text("aidNotUsed", locale));
        }
        String participants = relations(d, network, locale);
        if (!participants.isEmpty()) {
            sentences.add(text("participants", locale, participants));
        }
        sentences.add(text("decision", locale, d.decision()));
        if (d.revisitOn() != null) {
            sentences.add(text("revisit", locale, NorwegianDates.format(d.revisitOn())));
        }
        return NationalIdMasking.mask(String.join(" ", sentences));
    }

    /** The participants' relations in the order of the network map, each relation once (mother, GP). */
    private String relations(SharedDecisionView d, List<NetworkMemberView> network, Locale locale) {
        Set<String> words = new LinkedHashSet<>();
        for (NetworkMemberView member : network) {
            if (d.participantIds().contains(member.id())) {
                words.add(messages.getMessage("networkmeeting.phrase.relation." + member.relation().name(), null,
                        locale));
            }
        }
        return String.join(", ", words);
    }

    private String text(String key, Locale locale, Object... arguments) {
        return messages.getMessage(PREFIX + key, arguments, locale);
    }
}
