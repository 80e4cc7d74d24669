package no.sammen.networkmeeting;

import java.util.List;

import no.sammen.coursefact.CourseFact;
import no.sammen.coursefact.CourseFactContributor;
import no.sammen.coursefact.CourseFactService;
import no.sammen.coursefact.RefreshAfterSave;

import org.springframework.stereotype.Component;

/**
 * The network meeting facts of a course: whether any meeting was invited or held; for the worklist,
 * the first day a meeting was settled (held, or invited and not held) and, when no registration was
 * invited, the first registration's reason. Refreshed whenever a meeting is saved.
 */
@Component
class MeetingCourseFacts implements CourseFactContributor {

    private static final String OF_COURSE = " from network_meeting m where m.course_id = course_fact.course_id";
    private static final String ANY_INVITED = "exists (select 1" + OF_COURSE + " and m.invited = true)";

    @Override
    public List<CourseFact> facts() {
        return List.of(
                CourseFact.flag("meeting_invited", ANY_INVITED),
                CourseFact.flag("meeting_held", "exists (select 1" + OF_COURSE + " and m.status = '"
                        + MeetingStatus.HELD.name() + "')"),
                CourseFact.date("meeting_done_on", "(select min(case when m.status = '" + MeetingStatus.HELD.name()
                        + "' then m.held_on when m.status = '" + MeetingStatus.NOT_HELD.name()
                        + "' then m.invited_on end)" + OF_COURSE + ")"),
                CourseFact.text("meeting_not_invited_reason", "case when " + ANY_INVITED + " then null else"
                        + " (select m.not_invited_reason" + OF_COURSE
                        + " order by m.created_at, m.id fetch first 1 row only) end"));
    }

    @Component
    static class OnSave extends RefreshAfterSave<NetworkMeeting> {

        OnSave(CourseFactService facts) {
            super(facts, MeetingCourseFacts.class, NetworkMeeting::courseId);
        }
    }
}
