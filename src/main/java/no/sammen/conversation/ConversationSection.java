package no.sammen.conversation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import no.sammen.patient.CourseSection;
import no.sammen.patient.CourseView;

import org.springframework.stereotype.Component;

/** On the course page: which of the three conversations are held, and the crisis plan's state. */
@Component
class ConversationSection implements CourseSection {

    private final ConversationService conversations;
    private final CrisisPlanService plans;
    private final Clock clock;

    ConversationSection(ConversationService conversations, CrisisPlanService plans, Clock clock) {
        this.conversations = conversations;
        this.plans = plans;
        this.clock = clock;
    }

    /** One kind of conversation: how many are held and the latest date, or none yet. */
    record KindStatus(ConversationKind kind, int count, LocalDate lastHeld) {

        public boolean done() {
            return count > 0;
        }
    }

    /** The crisis plan's dates; {@code reviseDue} once the revision date has come. */
    record PlanStatus(LocalDate madeOn, LocalDate reviseOn, boolean hasWarningSigns, boolean reviseDue) {
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public String template() {
        return "conversation/section";
    }

    @Override
    public String fragment() {
        return "conversations";
    }

    @Override
    public Map<String, Object> model(CourseView course) {
        List<ConversationView> conversations = this.conversations.conversations(course.id());
        List<KindStatus> kinds = Arrays.stream(ConversationKind.values()).map(kind -> {
            List<ConversationView> held = conversations.stream().filter(c -> c.kind() == kind).toList();
            LocalDate last = held.stream().map(ConversationView::heldOn).max(Comparator.naturalOrder()).orElse(null);
            return new KindStatus(kind, held.size(), last);
        }).toList();
        LocalDate today = LocalDate.now(clock);
        PlanStatus plan = plans.crisisPlan(course.id())
                .map(p -> new PlanStatus(p.madeOn(), p.reviseOn(), p.hasWarningSigns(), !p.reviseOn().isAfter(today)))
                .orElse(null);
        Map<String, Object> model = new HashMap<>();
        model.put("courseId", course.id());
        model.put("kinds", kinds);
        model.put("plan", plan);
        return model;
    }
}
