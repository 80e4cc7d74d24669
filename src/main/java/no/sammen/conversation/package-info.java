/**
 * The three basic conversations of a treatment course (with the patient, with the relatives, with
 * both), the conversation guide that doubles as their registration form, the course's crisis plan,
 * and the journal phrases for both in bokmål and nynorsk. Participants are members of the course's
 * network map. Reached only through a course the user may see; every read and change is written to
 * the audit log. Uses {@code patient} (access to a course, the course page section), {@code family}
 * (the network map), {@code organisation} (the unit's phone number), {@code security} (the acting
 * user's name), {@code registration} (course access, dates, free text, versions, audit entries),
 * {@code audit} and {@code shared}.
 * Offers {@link no.sammen.conversation.ConversationOverview}, a read-only summary for the journal audit.
 * Contributes the course facts of the first conversation of each kind and the crisis plan to
 * {@code coursefact}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Basic conversations and crisis plans",
        allowedDependencies = { "audit", "coursefact", "family", "organisation", "patient", "registration", "security", "shared" })
package no.sammen.conversation;
