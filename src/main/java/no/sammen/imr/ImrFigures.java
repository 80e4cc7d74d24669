package no.sammen.imr;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import no.sammen.organisation.OrganisationService;
import no.sammen.security.CurrentUser;
import no.sammen.security.CurrentUserService;
import no.sammen.security.Role;
import no.sammen.shared.NotFoundException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * IMR at a unit as figures for aggregate measures (the fidelity of IMR): the sessions the unit held, the
 * IMR courses and goals of their users, without a word the user wrote. For the unit's members who may
 * read courses, analysts and administrators, as the unit's counts (K6) are. Users appear only as the ids
 * of their treatment courses, so that the caller can count them; a caller shows counts, never a course.
 */
@Service
@Transactional(readOnly = true)
public class ImrFigures {

    /** A session held at the unit: whether the user came, the module, and the goals progress was noted on. */
    public record SessionFigure(UUID courseId, LocalDate heldOn, ImrFormat format, UUID groupSessionId,
            String moduleId, boolean attended, Set<UUID> goalsNoted) {

        public SessionFigure {
            goalsNoted = Set.copyOf(goalsNoted);
        }
    }

    /** The IMR course of a user: when it started and ended (null while it goes on). */
    public record CourseFigure(UUID courseId, LocalDate startDate, LocalDate endDate) {
    }

    /** A goal of a user: the day it was set and the days it was worded again after the first wording. */
    public record GoalFigure(UUID courseId, UUID goalId, LocalDate setOn, List<LocalDate> rewordedOn) {

        public GoalFigure {
            rewordedOn = List.copyOf(rewordedOn);
        }
    }

    /** The sessions held at a unit up to a day, and the IMR courses and goals of the users who had them. */
    public record Activity(List<SessionFigure> sessions, List<CourseFigure> courses, List<GoalFigure> goals) {

        public Activity {
            sessions = List.copyOf(sessions);
            courses = List.copyOf(courses);
            goals = List.copyOf(goals);
        }
    }

    private final ImrSessionRepository sessions;
    private final ImrCourseRepository imrCourses;
    private final ImrGoalRepository goals;
    private final OrganisationService organisation;
    private final CurrentUserService users;
    private final JdbcClient jdbc;
    private final ZoneId zone;

    ImrFigures(ImrSessionRepository sessions, ImrCourseRepository imrCourses, ImrGoalRepository goals,
            OrganisationService organisation, CurrentUserService users, JdbcClient jdbc, java.time.Clock clock) {
        this.sessions = sessions;
        this.imrCourses = imrCourses;
        this.goals = goals;
        this.organisation = organisation;
        this.users = users;
        this.jdbc = jdbc;
        this.zone = clock.getZone();
    }

    /** The unit's IMR sessions held on or before {@code until}, with the IMR courses and goals of their users. */
    public Activity activity(UUID unitId, LocalDate until) {
        requireAggregateReader(unitId);
        List<UUID> courseIds = jdbc.sql("""
                select distinct course_id from imr_session where unit_id = :unit and held_on <= :until""")
                .param("unit", unitId).param("until", until).query(UUID.class).list();
        if (courseIds.isEmpty()) {
            return new Activity(List.of(), List.of(), List.of());
        }
        List<SessionFigure> held = sessions.findByCourseIdIn(courseIds).stream()
                .filter(s -> s.unitId().equals(unitId) && !s.heldOn().isAfter(until))
                .sorted(java.util.Comparator.comparing(ImrSession::heldOn))
                .map(s -> new SessionFigure(s.courseId(), s.heldOn(), s.format(), s.groupSessionId(), s.moduleId(),
                        s.attended(), s.notes().stream().map(ImrSession.Note::goalId).collect(Collectors.toSet())))
                .toList();
        List<CourseFigure> courses = imrCourses.findByCourseIdIn(courseIds).stream().map(ImrCourse::toView)
                .map(c -> new CourseFigure(c.courseId(), c.startDate(), c.endDate())).toList();
        return new Activity(held, courses, goalsOf(courseIds, until));
    }

    private List<GoalFigure> goalsOf(Collection<UUID> courseIds, LocalDate until) {
        return goals.findByCourseIdIn(courseIds).stream()
                .map(g -> new GoalFigure(g.courseId(), g.id(), g.toView().setOn(),
                        g.history().stream().filter(r -> r.revision() > 1)
                                .map(r -> LocalDate.ofInstant(r.recordedAt(), zone))
                                .filter(d -> !d.isAfter(until)).sorted().toList()))
                .filter(g -> !g.setOn().isAfter(until)).toList();
    }

    /** Aggregates of a unit: for its members who may read courses, analysts and administrators. */
    private void requireAggregateReader(UUID unitId) {
        CurrentUser me = users.current();
        if (organisation.unit(unitId).isEmpty() || !(me.hasRole(Role.ADMIN) || me.hasRole(Role.ANALYST)
                || me.mayReadCourses() && me.belongsTo(unitId))) {
            throw new NotFoundException("unit");
        }
    }
}
