/**
 * Group programmes shared by PEF (psychoeducational family work, seed 000) and IMR (Illness Management
 * and Recovery, seed 002): groups of a unit with their leaders, members (a patient's treatment course
 * and, in PEF, the family members taking part, from the course's network map) and sessions with
 * attendance; staff qualifications and supervision sessions, with pages per unit (ADR 0031). A group
 * spans courses of several units:
 * a user sees only the members whose courses are in their own units. Publishes {@link
 * no.sammen.groupprogramme.GroupSessionHeld}, {@link no.sammen.groupprogramme.StaffQualified} and
 * {@link no.sammen.groupprogramme.SupervisionHeld}; contributes the course fact {@code pef_started_on}.
 * A session of an IMR group is one row with its shift, module, part, leaders and the homework each user
 * chose, read by IMR; the curriculum comes through {@link no.sammen.groupprogramme.ProgrammeCurriculum},
 * which IMR implements. Every session lies inside the course of everyone who came, and the days of attended
 * sessions bind moves of a course's dates ({@code patient.CourseRegistrationDates}). Sessions are changed
 * and deleted at the version read, the attendance of members the user may not see kept.
 * Uses {@code registration} (course access, free text, audit), {@code patient} (courses), {@code family}
 * (the network map), {@code security} (the acting user, staff users), {@code organisation} (units),
 * {@code coursefact}, {@code audit} and {@code shared}. Decisions in ADRs 0026 and 0030.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Group programmes",
        allowedDependencies = { "audit", "coursefact", "family", "organisation", "patient", "registration",
            "security", "shared" })
package no.sammen.groupprogramme;
