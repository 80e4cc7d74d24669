package no.sammen.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import no.sammen.family.Relation;
import no.sammen.shared.WrittenStandard;

import org.junit.jupiter.api.Test;
import org.springframework.context.NoSuchMessageException;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The guide covers every topic for every kind, and every key built at run time (guide text,
 * relations, topics, contacts) is in all three languages; I18nTest cannot see such keys.
 */
class ConversationGuideTest {

    static final ResourceBundleMessageSource MESSAGES = ConversationPhrasesTest.messages();
    static final List<Locale> LANGUAGES = List.of(WrittenStandard.BOKMAAL.locale(), WrittenStandard.NYNORSK.locale(),
            Locale.ENGLISH);

    @Test
    void everyKindHasEveryTopicOnceAndRelativesAreAskedHowItIsForThemFirst() {
        for (ConversationKind kind : ConversationKind.values()) {
            assertThat(ConversationGuide.topics(kind)).containsExactlyInAnyOrder(ConversationTopic.values());
            assertThat(ConversationGuide.sections(kind)).allSatisfy(
                    s -> assertThat(s.questionKeys()).hasSize(ConversationGuide.QUESTIONS));
        }
        assertThat(ConversationGuide.topics(ConversationKind.RELATIVES).get(0))
                .isEqualTo(ConversationTopic.RELATIVE_EXPERIENCE);
    }

    @Test
    void everyKeyBuiltAtRunTimeExistsInEveryLanguage() {
        List<String> keys = new ArrayList<>();
        for (ConversationKind kind : ConversationKind.values()) {
            keys.add(ConversationGuide.introKey(kind));
            keys.add("conversation.kind." + kind);
            keys.add("conversation.list.new." + kind);
            keys.add("conversation.phrase.kind." + kind);
            keys.add("conversation.form.participants.hint." + kind);
            ConversationGuide.sections(kind).forEach(s -> {
                keys.add(s.headingKey());
                keys.addAll(s.questionKeys());
            });
        }
        for (ConversationTopic topic : ConversationTopic.values()) {
            keys.add("conversation.topic." + topic);
            keys.add("conversation.phrase.topic." + topic);
        }
        for (Relation relation : Relation.values()) {
            keys.add("family.phrase.relation." + relation);
        }
        for (ContactKind kind : Set.of(ContactKind.PRIMARY_CARE_EMERGENCY, ContactKind.EMERGENCY)) {
            keys.add("conversation.contact." + kind);
            keys.add("conversation.phrase.contact." + kind);
        }
        for (WrittenStandard standard : WrittenStandard.values()) {
            keys.add("conversation.standard." + standard);
        }
        List<String> missing = new ArrayList<>();
        for (Locale locale : LANGUAGES) {
            for (String key : keys) {
                try {
                    MESSAGES.getMessage(key, null, locale);
                } catch (NoSuchMessageException e) {
                    missing.add(locale + " " + key);
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void theGuideIsWrittenForEachLanguageAndKind() {
        // the same heading in all three languages would mean a translation was forgotten
        for (ConversationKind kind : ConversationKind.values()) {
            for (ConversationGuide.Section section : ConversationGuide.sections(kind)) {
                Set<String> texts = LANGUAGES.stream()
                        .map(l -> MESSAGES.getMessage(section.questionKeys().get(0), null, l))
                        .collect(Collectors.toSet());
                assertThat(texts).as(section.headingKey()).hasSize(3);
            }
        }
        assertThat(MESSAGES.getMessage("conversation.guide.RELATIVES.RELATIVE_EXPERIENCE.q1", null,
                WrittenStandard.BOKMAAL.locale())).isEqualTo("Hvordan er det for deg å være pårørende akkurat nå?");
    }
}
