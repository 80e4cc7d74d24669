/**
 * IMR (Illness Management and Recovery, seed 002): per treatment course an IMR course with its
 * therapists and the curriculum's modules in the order the user chose (the unit may make one module
 * compulsory first), the user's own goals in the user's words with every wording kept, the sessions
 * held (day, shift, therapists, module and part, homework chosen or not, attended) with a journal
 * phrase naming the module, and a referral to an IMR group at another unit carrying the modules done
 * and the goals. Per unit: its settings (the compulsory first module and the implementation goal, kept
 * by its leader or an administrator) and the IMR board with the sessions held per month against the
 * goal (K6) on a run chart. The curriculum is a versioned data file checked at start-up (ADR 0028).
 * An IMR course may be in an IMR group of the shared group model ({@code groupprogramme}), whose sessions
 * are registered once for the group and read from there: on the member's IMR page, in its modules done,
 * and counted once per session at the group's unit on the board and in K6 (ADR 0030). Offers {@code
 * ImrSessionsHeld}, the individual sessions each therapist held (days only), for competence plans (ADR
 * 0035). Uses {@code
 * registration} for access to a course, dates, free text, versions and audit entries, {@code patient}
 * for the course page and the unit's courses, {@code security} for the therapists and the acting user,
 * {@code organisation} for units, {@code spc} for the run chart, {@code groupprogramme} for the IMR
 * groups (and gives it the curriculum through its {@code ProgrammeCurriculum}), {@code indicator} to count K6
 * for the catalog through its {@code CountContributor} SPI and to mark the same months provisional (ADR 0032),
 * {@code audit} and {@code shared}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "IMR",
        allowedDependencies = { "audit", "groupprogramme", "indicator", "organisation", "patient", "registration",
            "security", "shared", "spc" })
package no.sammen.imr;
