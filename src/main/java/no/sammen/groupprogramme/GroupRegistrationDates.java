package no.sammen.groupprogramme;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import no.sammen.patient.CourseRegistrationDates;
import no.sammen.registration.CourseDates;

import org.springframework.stereotype.Component;

/**
 * The days of the group sessions a course's patient or family came to, for a move of the course's
 * dates (ADR 0021): a session of any programme is something done in the course, so a move that would
 * leave one outside is refused, naming it. Planned sessions (nobody came) are not done and do not bind.
 */
@Component
class GroupRegistrationDates implements CourseRegistrationDates {

    private final GroupSessionRepository sessions;

    GroupRegistrationDates(GroupSessionRepository sessions) {
        this.sessions = sessions;
    }

    @Override
    public List<Dated> outside(UUID courseId, LocalDate start, LocalDate end) {
        return CourseDates.outside(sessions.findAttendedBy(courseId).stream()
                .map(s -> new Dated("groupprogramme.dated.session", s.toView().heldOn())).toList(), start, end);
    }
}
