package no.sammen.imr;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import no.sammen.patient.CourseRegistrationDates;
import no.sammen.registration.CourseDates;

import org.springframework.stereotype.Component;

/**
 * The days of IMR on a course, for a move of the course's dates: the IMR course's start and end, the
 * days goals were set, sessions held and referrals made. The next planned session is not something
 * done and may lie after the end.
 */
@Component
class ImrRegistrationDates implements CourseRegistrationDates {

    private final ImrCourseRepository imrCourses;
    private final ImrGoalRepository goals;
    private final ImrSessionRepository sessions;
    private final ImrReferralRepository referrals;

    ImrRegistrationDates(ImrCourseRepository imrCourses, ImrGoalRepository goals, ImrSessionRepository sessions,
            ImrReferralRepository referrals) {
        this.imrCourses = imrCourses;
        this.goals = goals;
        this.sessions = sessions;
        this.referrals = referrals;
    }

    @Override
    public List<Dated> outside(UUID courseId, LocalDate start, LocalDate end) {
        List<Dated> dated = new ArrayList<>();
        imrCourses.findByCourseId(courseId).map(ImrCourse::toView).ifPresent(imr -> {
            dated.add(new Dated("imr.dated.started", imr.startDate()));
            dated.add(new Dated("imr.dated.ended", imr.endDate()));
        });
        goals.findByCourseIdOrderByCreatedAt(courseId)
                .forEach(g -> dated.add(new Dated("imr.dated.goal", g.toView().setOn())));
        sessions.findByCourseIdOrderByHeldOnDescCreatedAtDesc(courseId)
                .forEach(s -> dated.add(new Dated("imr.dated.session", s.heldOn())));
        referrals.findByCourseIdOrderByReferredOnDesc(courseId)
                .forEach(r -> dated.add(new Dated("imr.dated.referral", r.referredOn())));
        return CourseDates.outside(dated, start, end);
    }
}
