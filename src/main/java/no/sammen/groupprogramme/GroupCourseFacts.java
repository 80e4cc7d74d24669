package no.sammen.groupprogramme;

import java.util.List;

import no.sammen.coursefact.CourseFact;
import no.sammen.coursefact.CourseFactContributor;
import no.sammen.coursefact.CourseFactService;

import org.springframework.data.relational.core.mapping.event.AfterSaveCallback;
import org.springframework.stereotype.Component;

/**
 * The group programme facts of a course: the first day its patient or a family member taking part
 * came to a session of a PEF group (K5b, «PEF started»). Refreshed for every course whose patient or
 * family came when a session is saved.
 */
@Component
class GroupCourseFacts implements CourseFactContributor {

    private static final String PEF_STARTED_ON = "(select min(s.held_on) from programme_session s"
            + " join programme_group g on g.id = s.group_id"
            + " where g.programme = '" + Programme.PEF.name() + "'"
            + " and (s.id in (select p.session_id from programme_session_patient p"
            + " where p.course_id = course_fact.course_id)"
            + " or s.id in (select r.session_id from programme_session_relative r"
            + " where r.course_id = course_fact.course_id)))";

    @Override
    public List<CourseFact> facts() {
        return List.of(CourseFact.date("pef_started_on", PEF_STARTED_ON));
    }

    @Component
    static class OnSave implements AfterSaveCallback<GroupSession> {

        private final CourseFactService facts;

        OnSave(CourseFactService facts) {
            this.facts = facts;
        }

        @Override
        public GroupSession onAfterSave(GroupSession session) {
            session.attendingCourses().forEach(course -> facts.refresh(course, GroupCourseFacts.class));
            return session;
        }
    }
}
