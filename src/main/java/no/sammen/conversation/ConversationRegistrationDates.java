package no.sammen.conversation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import no.sammen.patient.CourseRegistrationDates;
import no.sammen.registration.CourseDates;

import org.springframework.stereotype.Component;

/** The basic conversations held and the crisis plan made, for a move of a course's dates. */
@Component
class ConversationRegistrationDates implements CourseRegistrationDates {

    private final BasicConversationRepository conversations;
    private final CrisisPlanRepository plans;

    ConversationRegistrationDates(BasicConversationRepository conversations, CrisisPlanRepository plans) {
        this.conversations = conversations;
        this.plans = plans;
    }

    @Override
    public List<Dated> outside(UUID courseId, LocalDate start, LocalDate end) {
        List<Dated> dated = new ArrayList<>();
        for (BasicConversation c : conversations.findByCourseIdOrderByHeldOnAscCreatedAtAsc(courseId)) {
            dated.add(new Dated("conversation.dated." + c.kind().name(), c.heldOn()));
        }
        plans.findByCourseId(courseId).ifPresent(p -> dated.add(new Dated("conversation.dated.crisisPlan", p.madeOn())));
        return CourseDates.outside(dated, start, end);
    }
}
