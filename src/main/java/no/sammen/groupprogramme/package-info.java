/**
 * Group programmes shared by PEF (psychoeducational family work, seed 000) and IMR (Illness Management
 * and Recovery, seed 002): groups of a unit with their leaders, members (a patient's treatment course
 * and, in PEF, the family members taking part, from the course's network map) and sessions with
 * attendance; staff qualifications and supervision sessions, with pages per unit (ADR 0031). A group
 * spans courses of several units:
 * a user sees only the members whose courses are in their own units. Publishes {@link
 * no.sammen.groupprogramme.GroupSessionHeld}, {@link no.sammen.groupprogramme.StaffQualified} and
 * {@link no.sammen.groupprogramme.SupervisionHeld}; contributes the course fact {@code pef_started_on}.
 * Uses {@code registration} (course access, free text, audit), {@code patient} (courses), {@code family}
 * (the network map), {@code security} (the acting user, staff users), {@code organisation} (units),
 * {@code coursefact}, {@code audit} and {@code shared}. Decisions in ADR 0026.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Group programmes",
        allowedDependencies = { "audit", "coursefact", "family", "organisation", "patient", "registration",
            "security", "shared" })
package no.sammen.groupprogramme;
