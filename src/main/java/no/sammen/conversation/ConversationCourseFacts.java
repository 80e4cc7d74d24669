package no.sammen.conversation;

import java.util.List;

import no.sammen.coursefact.CourseFact;
import no.sammen.coursefact.CourseFactContributor;
import no.sammen.coursefact.CourseFactService;
import no.sammen.coursefact.RefreshAfterSave;

import org.springframework.stereotype.Component;

/**
 * The conversation facts of a course: the first day of each kind of basic conversation, and the day
 * the crisis plan was made if it names warning signs. Refreshed whenever a conversation or the
 * crisis plan is saved (a changed date or kind moves them).
 */
@Component
class ConversationCourseFacts implements CourseFactContributor {

    @Override
    public List<CourseFact> facts() {
        return List.of(
                CourseFact.date("patient_conversation_on", firstOf(ConversationKind.PATIENT)),
                CourseFact.date("relatives_conversation_on", firstOf(ConversationKind.RELATIVES)),
                CourseFact.date("both_conversation_on", firstOf(ConversationKind.BOTH)),
                CourseFact.date("crisis_plan_on", """
                        (select p.made_on from crisis_plan p where p.course_id = course_fact.course_id
                            and p.warning_signs is not null and trim(p.warning_signs) <> '')"""));
    }

    private static String firstOf(ConversationKind kind) {
        return "(select min(b.held_on) from basic_conversation b where b.course_id = course_fact.course_id"
                + " and b.kind = '" + kind.name() + "')";
    }

    @Component
    static class OnConversation extends RefreshAfterSave<BasicConversation> {

        OnConversation(CourseFactService facts) {
            super(facts, ConversationCourseFacts.class, BasicConversation::courseId);
        }
    }

    @Component
    static class OnCrisisPlan extends RefreshAfterSave<CrisisPlan> {

        OnCrisisPlan(CourseFactService facts) {
            super(facts, ConversationCourseFacts.class, CrisisPlan::courseId);
        }
    }
}
