/**
 * Documented shared decisions (samvalg) per treatment course, as seed 003 and the patient's right to
 * take part in choosing between sound treatments ask: the day, the question decided, the options
 * considered (recommendations of the guideline catalog and the clinician's own), what matters most to
 * the patient in their own words, whether a decision aid was used, who of the network took part, the
 * decision and a day to revisit it. Several per course; every saved state is kept as a revision (ADR
 * 0025). Gives each decision a journal phrase in bokmål or nynorsk. Uses {@code registration} for
 * access to a course, dates, free text, versions and audit entries, {@code patient} for the course
 * page, {@code family} for the network map whose members take part, {@code guideline} for the options,
 * {@code security} for who recorded a revision, {@code audit} and {@code shared}. Contributes the
 * course facts of indicator K7 (the first decision's day) and of the worklist's revisit item (the day
 * to revisit the latest decision) to {@code coursefact}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Shared decisions",
        allowedDependencies = { "audit", "coursefact", "family", "guideline", "patient", "registration", "security",
                "shared" })
package no.sammen.shareddecision;
