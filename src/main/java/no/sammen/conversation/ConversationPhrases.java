package no.sammen.conversation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import no.sammen.family.Relation;
import no.sammen.registration.NorwegianDates;
import no.sammen.shared.WrittenStandard;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Journal text (frase) for a conversation and a crisis plan, in bokmål or nynorsk whatever the
 * language of the user interface. Built from the structured data only: relations rather than names,
 * topics rather than notes, so that nothing identifying ends up in it.
 */
@Component
class ConversationPhrases {


    private final MessageSource messages;

    ConversationPhrases(MessageSource messages) {
        this.messages = messages;
    }

    /** For example: Basissamtale med pårørende (mor) 12.03.2026. Tema: varseltegn. Avtalt oppfølging 26.03.2026. */
    String conversation(ConversationView conversation, WrittenStandard standard) {
        Locale locale = standard.locale();
        StringBuilder text = new StringBuilder(message("conversation.phrase.kind." + conversation.kind(), locale));
        List<String> relations = conversation.participants().stream()
                .map(p -> relation(p.relation(), locale)).distinct().toList();
        if (conversation.kind() == ConversationKind.PATIENT) {
            text.append(' ').append(date(conversation.heldOn()));
            if (!relations.isEmpty()) {
                text.append(message("conversation.phrase.alsoPresent", locale, list(relations, locale)));
            }
        } else {
            if (!relations.isEmpty()) {
                text.append(" (").append(list(relations, locale)).append(')');
            }
            text.append(' ').append(date(conversation.heldOn()));
        }
        text.append('.');
        if (!conversation.topics().isEmpty()) {
            List<String> topics = conversation.topics().stream()
                    .map(t -> message("conversation.phrase.topic." + t, locale)).toList();
            text.append(' ').append(message("conversation.phrase.topics", locale, String.join(", ", topics)));
        }
        if (conversation.followUpOn() != null) {
            text.append(' ').append(message("conversation.phrase.followUp", locale, date(conversation.followUpOn())));
        }
        return text.toString();
    }

    /** For example: Kriseplan utarbeidet 12.03.2026 i samarbeid med mor. Planen beskriver varseltegn … */
    String crisisPlan(CrisisPlanView plan, WrittenStandard standard) {
        Locale locale = standard.locale();
        StringBuilder text = new StringBuilder(message("conversation.phrase.crisisPlan.made", locale, date(plan.madeOn())));
        List<String> with = new ArrayList<>(plan.madeWith().stream().map(p -> relation(p.relation(), locale)).distinct().toList());
        if (plan.madeWithOther() != null) {
            with.add(message("conversation.phrase.crisisPlan.others", locale));
        }
        if (!with.isEmpty()) {
            text.append(' ').append(message("conversation.phrase.crisisPlan.with", locale, list(with, locale)));
        }
        text.append('.');
        List<String> parts = new ArrayList<>();
        if (plan.hasWarningSigns()) {
            parts.add(message("conversation.phrase.crisisPlan.part.warningSigns", locale));
        }
        if (plan.patientActions() != null) {
            parts.add(message("conversation.phrase.crisisPlan.part.patientActions", locale));
        }
        if (plan.relativeActions() != null) {
            parts.add(message("conversation.phrase.crisisPlan.part.relativeActions", locale));
        }
        parts.add(message("conversation.phrase.crisisPlan.part.whomToCall", locale));
        text.append(' ').append(message("conversation.phrase.crisisPlan.contents", locale, list(parts, locale)));
        List<String> numbers = plan.whomToCall().stream().map(c -> contact(c, locale)).toList();
        text.append(' ').append(message("conversation.phrase.crisisPlan.call", locale, String.join(", ", numbers)));
        text.append(' ').append(message("conversation.phrase.crisisPlan.revise", locale, date(plan.reviseOn())));
        return text.toString();
    }

    private String contact(PhoneContact contact, Locale locale) {
        String name = contact.kind() == ContactKind.UNIT ? contact.name()
                : message("conversation.phrase.contact." + contact.kind(), locale);
        return contact.number() == null ? name : name + " " + contact.number();
    }

    private String relation(Relation relation, Locale locale) {
        return message("family.phrase.relation." + relation, locale);
    }

    /** One item as it is, two joined by og, more with commas and og before the last. */
    private String list(List<String> items, Locale locale) {
        if (items.size() <= 1) {
            return String.join("", items);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " "
                + message("conversation.phrase.and", locale) + " " + items.get(items.size() - 1);
    }

    private static String date(LocalDate date) {
        return NorwegianDates.format(date);
    }

    private String message(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments.length == 0 ? null : arguments, locale);
    }
}
