/**
 * Competence plans (the BISP plan and PEF training are templates in a data file):
 * plan templates per profession and unit type, each staff member's plan with the state of its items,
 * registered by hand (planned, done with a note as evidence, confirmed by a leader where the template
 * says so) or counted from the registrations that name the staff member (basic conversations, contacts
 * with relatives, network meetings, IMR sessions held, PEF sessions led, supervision, qualifications); the leader's overview of a unit with its CSV export, and
 * K9 (staff with a complete plan) per unit and month through {@link no.sammen.competence.CompetencePlans}.
 * An administrator links a user account to its staff member here. Uses {@code organisation} (staff,
 * units, the account link), {@code security} (the acting user, the accounts), {@code conversation}, {@code family},
 * {@code networkmeeting}, {@code imr} and {@code groupprogramme} (what staff did), {@code registration} (free text), {@code audit},
 * {@code spc} and {@code report} (the P chart of K9, drawn as the report draws it) and {@code shared}.
 * Decisions in ADR 0035.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Competence plans",
        allowedDependencies = { "audit", "conversation", "family", "groupprogramme", "imr", "networkmeeting",
            "organisation", "registration", "report", "security", "shared", "spc" })
package no.sammen.competence;
