/**
 * The registration kit: what every module that registers things on a treatment course needs, in one
 * place, so that a new module writes it in a few lines instead of copying it. {@link
 * no.sammen.registration.CourseRegistrations} finds the course with the user's access for reading or
 * for a change and writes the audit entry; {@link no.sammen.registration.Registrations} loads a
 * registration of the course, checks the version read and turns a concurrent save into the
 * concurrent-edit answer; {@link no.sammen.registration.CourseDates} is the one rule for the date of
 * something done in a course; {@link no.sammen.registration.FreeText} is the one check of free text;
 * {@link no.sammen.registration.NorwegianDates} writes a date as Norwegians read it; {@link
 * no.sammen.registration.CourseStaff} is the one rule for the staff member a registration names (of the
 * course's unit, the acting user's by default; ADR 0035). Decisions in ADR 0015. Uses {@code patient}
 * (access to a course), {@code organisation} (the unit's staff), {@code security} (the acting user),
 * {@code audit} and {@code shared}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Registration kit",
        allowedDependencies = { "audit", "organisation", "patient", "security", "shared" })
package no.sammen.registration;
