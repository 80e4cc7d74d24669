/**
 * Pseudonymous patients and their treatment courses (forløp). A national id enters only to be
 * validated and turned into a keyed pseudonym; it is never stored, logged or shown. Every read and
 * change of a course is written to the audit log, and a user reaches only the courses of their own
 * units. Uses {@code organisation}, {@code security}, {@code audit} and {@code shared}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Patients and treatment courses")
package no.sammen.patient;
