/**
 * Network meetings per treatment course, registered as seed 004 asks so that network work can be
 * followed as a process indicator: was the network invited (when, whom, and if not, why not), and
 * was the meeting held (when, where, and if not, why not). More than one meeting per course; a course
 * that ends is asked the question so the indicator has no gaps. Gives each registration a journal
 * phrase in bokmål or nynorsk. Uses {@code registration} for access to a course, dates, free text,
 * versions and audit entries, {@code patient} for the course page, {@code family} for the
 * network map whose members are invited, {@code organisation} (the staff offered on the form, as
 * {@code StaffView}), {@code audit} and {@code shared}.
 * An invited meeting names the staff member of the course's unit who leads or takes part in it, chosen
 * through the registration kit's {@code CourseStaff} (ADR 0035).
 * Contributes the course facts of meetings invited, held and settled to {@code coursefact}, and
 * offers {@code MeetingStatistics}, the counts over meetings that the indicator breakdowns need, and
 * {@code MeetingsTakenPart}, the held meetings staff members took part in, for their competence plans.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Network meetings",
        allowedDependencies = { "audit", "coursefact", "family", "organisation", "patient", "registration", "shared" })
package no.sammen.networkmeeting;
