/**
 * Demo data for the default profile: one health trust with the six DPS of Helse Bergen's area, units
 * of each type, fictional staff, one user per role and about 300 fictional treatment courses over
 * the last 24 months with their family and network registrations (contacts, conversations, crisis
 * plans, network meetings), whose level rises after each unit's implementation start. Loaded once,
 * into an empty database, with plain SQL in one transaction. Uses
 * only {@code patient} (pseudonyms).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo data",
        allowedDependencies = { "coursefact", "patient" })
package no.sammen.demo;
