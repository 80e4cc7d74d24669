/**
 * Competence plans (the BISP plan and PEF training are templates in a data file):
 * plan templates per profession and unit type, each staff member's plan with the state of its items,
 * registered by hand (planned, done with a note as evidence, confirmed by a leader where the template
 * says so) or counted from the registrations that name the staff member (basic conversations, contacts
 * with relatives, network meetings, IMR sessions held, PEF sessions led, supervision, qualifications); the leader's overview of a unit with its CSV export, and
 * K9 (staff with a complete plan) per unit and month through {@link no.sammen.competence.CompetencePlans}, and
 * as an entry of the indicator catalog through {@code indicator}'s {@code ProportionContributor}
 * ({@code CompletePlanCounts}, ADR 0038).
 * An administrator links a user account to its staff member here. Uses {@code organisation} (staff,
 * units, the account link), {@code security} (the acting user, the accounts), {@code conversation}, {@code family},
 * {@code networkmeeting}, {@code imr} and {@code groupprogramme} (what staff did), {@code implementation} (attendance at
 * training events, which completes the items that name its topic; ADR 0037), {@code registration} (free text), {@code audit},
 * {@code spc} and {@code report} (the P chart of K9, drawn as the report draws it), {@code indicator} (the contributor SPI) and
 * {@code shared}.
 * Decisions in ADR 0035.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Competence plans",
        allowedDependencies = { "audit", "conversation", "family", "groupprogramme", "implementation", "imr",
            "indicator", "networkmeeting", "organisation", "registration", "report", "security", "shared", "spc" })
package no.sammen.competence;
