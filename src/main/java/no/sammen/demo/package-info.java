/**
 * Demo data for the default profile, at the volume of a real region: one health trust with the six
 * DPS of Helse Bergen's area, fifteen units of four types, fictional staff, one user per role and
 * about 4,500 fictional treatment courses over the last 24 months, each unit taking in what a unit of
 * its type does (ADR 0018), with their family and network registrations (contacts, conversations,
 * crisis plans, network meetings) and IMR at the units whose clinicians sign in (courses, goals, sessions
 * and unit goals), whose level rises after each unit's implementation start, monthly journal audits at
 * every unit whose results rise after its start, improvement teams, implementation plans and training events
 * with participants (ADR 0037), and quarterly experience surveys at three units whose
 * favourable answers rise too. Loaded
 * once, into an empty database, with plain SQL in JDBC batches in one transaction. Uses
 * {@code patient} (pseudonyms), {@code journalaudit} (the draw of a sample) and {@code survey} (the
 * questionnaires).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo data",
        allowedDependencies = { "coursefact", "journalaudit", "patient", "survey" })
package no.sammen.demo;
