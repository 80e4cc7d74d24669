/**
 * Pseudonymous patients and their treatment courses (forløp). A national id enters only to be
 * validated and turned into a keyed pseudonym; it is never stored, logged or shown. Every read and
 * change of a course is written to the audit log, and a user reaches only the courses of their own
 * units. Other modules that find courses themselves (the indicator drill-down) show them through
 * {@code CourseService.listed}, which logs each course shown as read, like the course list. Uses
 * {@code organisation}, {@code security}, {@code audit} and {@code shared}.
 * Contributes the course's own facts (unit, dates, psychosis, the responsible clinician) to {@code coursefact};
 * the responsible clinician is one of the unit's clinicians as {@code security} lists them (ADR 0019).
 * The medication-free pathway is not chosen on the course form but by another module's eligibility
 * assessment ({@code CourseService.choosePathway}); a medication-free course that comes under compulsory
 * care or leaves the pathway is told to the {@code PathwayChanges} beans (ADR 0023).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Patients and treatment courses",
        allowedDependencies = { "audit", "coursefact", "organisation", "security", "shared" })
package no.sammen.patient;
