package no.sammen.patient;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What another module has registered on a course with the day it was done (a contact, a conversation,
 * a crisis plan, a meeting …), so that moving the course's start or end date cannot leave a
 * registration outside the course (ADR 0021). Each module that registers dated things on courses
 * implements it; whether a day lies inside the course is the registration kit's one rule
 * ({@code CourseDates}), which the implementations apply. The patient module asks without knowing
 * the modules, so that they depend on it and never the other way round.
 */
public interface CourseRegistrationDates {

    /**
     * The course's registrations whose day would lie outside a course running from {@code start} to
     * {@code end} (null: still going), earliest first. Not audited: the change it guards is.
     */
    List<Dated> outside(UUID courseId, LocalDate start, LocalDate end);

    /**
     * One registration: a message key naming its kind (e.g. "contact with relatives") and its day.
     */
    record Dated(String kindKey, LocalDate date) {
    }
}
