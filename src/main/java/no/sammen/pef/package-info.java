/**
 * PEF (psychoeducational family work) implemented as a whole-ward approach (seed 000): recruitment per
 * course with its history, the unit's recruitment list, the PEF board (PEF-tavle) of running and
 * planned groups, families waiting, leaders and their supervision, the course-page section, and the
 * journal phrase of a PEF session. Groups and sessions are the shared model of {@code groupprogramme}.
 * Contributes the course fact {@code pef_offered_on} (K5a). Uses {@code groupprogramme},
 * {@code registration}, {@code patient}, {@code family}, {@code coursefact}, {@code security},
 * {@code organisation}, {@code audit} and {@code shared}. Decisions in ADR 0026.
 */
@org.springframework.modulith.ApplicationModule(displayName = "PEF",
        allowedDependencies = { "audit", "coursefact", "family", "groupprogramme", "organisation", "patient",
            "registration", "security", "shared" })
package no.sammen.pef;
