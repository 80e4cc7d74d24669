package no.sammen.conversation;

import java.util.List;

/**
 * The conversation guide: for each kind of conversation an introduction and one section per topic,
 * each with a heading and example questions. The text lives in the message bundles under
 * {@code conversation.guide.<KIND>.<TOPIC>.*}, in our own wording; this class only says which
 * sections come in which order.
 */
final class ConversationGuide {

    static final int QUESTIONS = 3;

    private ConversationGuide() {
    }

    /** One heading of the guide: the topic it registers and the keys of its text. */
    record Section(ConversationTopic topic, String headingKey, List<String> questionKeys) {
    }

    /**
     * Every kind covers every topic, in an order that suits the conversation: relatives are first
     * asked how it is for them to be a relative.
     */
    static List<ConversationTopic> topics(ConversationKind kind) {
        return switch (kind) {
            case RELATIVES -> List.of(ConversationTopic.RELATIVE_EXPERIENCE, ConversationTopic.CONFIDENTIALITY,
                    ConversationTopic.WARNING_SIGNS, ConversationTopic.CRISIS_PLAN, ConversationTopic.TREATMENT_OFFER,
                    ConversationTopic.CHILDREN, ConversationTopic.FOLLOW_UP);
            case PATIENT, BOTH -> List.of(ConversationTopic.values());
        };
    }

    static List<Section> sections(ConversationKind kind) {
        return topics(kind).stream().map(topic -> {
            String prefix = "conversation.guide." + kind + "." + topic;
            List<String> questions = java.util.stream.IntStream.rangeClosed(1, QUESTIONS)
                    .mapToObj(i -> prefix + ".q" + i).toList();
            return new Section(topic, prefix + ".heading", questions);
        }).toList();
    }

    static String introKey(ConversationKind kind) {
        return "conversation.guide." + kind + ".intro";
    }
}
