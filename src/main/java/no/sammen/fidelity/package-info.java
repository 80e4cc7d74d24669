/**
 * Fidelity to the PEF and IMR models measured from the registrations: the items of the published
 * fidelity scales (IMR Fidelity Scale, Family Psychoeducation Fidelity Scale) and four structural
 * features of the PEF model, in our own words, as a versioned data file checked at start-up; per unit
 * and half-year a score with its rule and the data behind it for each item the registrations can
 * answer, and for the others what an assessor would look at. Aggregate only: no person is shown, so
 * nothing is written to the audit log. Reads {@code groupprogramme} (groups, sessions, attendance,
 * supervision) and {@code imr} (sessions, IMR courses, goals) through their figure APIs, {@code
 * organisation} for units, {@code security} for the acting user and {@code shared}. Decisions in ADR 0029.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Fidelity",
        allowedDependencies = { "groupprogramme", "imr", "organisation", "security", "shared" })
package no.sammen.fidelity;
