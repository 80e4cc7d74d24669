package no.sammen.patient;

import java.util.List;
import java.util.Optional;

import no.sammen.coursefact.CourseFact;
import no.sammen.coursefact.CourseFactContributor;
import no.sammen.coursefact.CourseFactService;
import no.sammen.coursefact.RefreshAfterSave;

import org.springframework.stereotype.Component;

/**
 * The course's own facts — unit, start, end (and their months), psychosis, the medication-free pathway, the
 * responsible clinician, how it ended (the reason, death and the day it was registered, the day the end was
 * registered, whether it ended before day 90) — and the courses a
 * rebuild makes rows for;
 * refreshed whenever a course is saved (started, changed, moved, ended).
 */
@Component
class CourseFactsOfCourse implements CourseFactContributor {

    private static final String OF_COURSE = " from treatment_course t where t.id = course_fact.course_id)";

    @Override
    public List<CourseFact> facts() {
        return List.of(
                CourseFact.id("unit_id", "(select t.unit_id" + OF_COURSE),
                CourseFact.date("start_date", "(select t.start_date" + OF_COURSE),
                CourseFact.date("end_date", "(select t.end_date" + OF_COURSE),
                CourseFact.month("start_month", "(select " + month("t.start_date") + OF_COURSE),
                CourseFact.month("end_month", "(select " + month("t.end_date") + OF_COURSE),
                CourseFact.flag("psychosis", "(select t.psychosis" + OF_COURSE),
                CourseFact.flag("medication_free", "coalesce((select t.pathway = 'MEDICATION_FREE'" + OF_COURSE
                        + ", false)"),
                CourseFact.id("responsible_user_id", "(select t.responsible_user_id" + OF_COURSE),
                // How it ended (ADR 0021): the reason, death as an exclusion with the day it was
                // registered, and the day the end was first registered.
                CourseFact.text("end_reason", "(select t.end_reason" + OF_COURSE),
                CourseFact.flag("died", "coalesce((select t.end_reason = 'DIED'" + OF_COURSE + ", false)"),
                CourseFact.date("died_recorded_on", "(select t.end_reason_recorded_on from treatment_course t"
                        + " where t.id = course_fact.course_id and t.end_reason = 'DIED')"),
                CourseFact.date("end_recorded_on", "(select t.end_recorded_on" + OF_COURSE),
                // Whether it ended before day 90 (day 0 is the start): out of the indicators of courses
                // active at least 90 days (ADR 0024).
                CourseFact.flag("ended_before_day_90", "coalesce((select t.end_date is not null"
                        + " and t.end_date < t.start_date + 90" + OF_COURSE + ", false)"));
    }

    /** The month of a date as yyyymm: reports count by it without taking dates apart for every course. */
    private static String month(String date) {
        return "cast(extract(year from " + date + ") * 100 + extract(month from " + date + ") as integer)";
    }

    @Override
    public Optional<String> courses() {
        return Optional.of("select id as course_id from treatment_course");
    }

    @Component
    static class OnSave extends RefreshAfterSave<TreatmentCourse> {

        OnSave(CourseFactService facts) {
            super(facts, CourseFactsOfCourse.class, TreatmentCourse::id);
        }
    }
}
