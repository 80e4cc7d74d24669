/**
 * Family and network: the patient's network map per course as the patient defines it (private and
 * public members, the closest relative), «no relatives or network» as an explicit state, the
 * patient's minor children, consent to share information with its history, the contacts with
 * relatives (the earliest is the first contact), the letter to relatives and the journal phrases of
 * all of these. Network members are person data: reached only through a course the user may see,
 * and audit-logged like the patient's. Contributes a section to the course page. Its public face
 * is {@link no.sammen.family.NetworkService}, {@link no.sammen.family.FamilyOverview} (a read-only summary
 * for the journal audit), {@link no.sammen.family.ContactsMade} (which contacts staff members made, for
 * their competence plans: channel and day only) and the read models. A contact names the staff member of
 * the course's unit who made it through the registration kit's {@code CourseStaff} (ADR 0035). Uses {@code
 * registration} (course access, dates, free text, versions, audit entries), {@code patient} (the
 * section SPI), {@code organisation} (the unit's name and phone for
 * the letter), {@code security} (the acting user's name as the default for who made a contact, when they are
 * no staff member of the unit),
 * {@code audit} and {@code shared}.
 * Contributes the course facts of the first contact and «no relatives or network» to {@code coursefact}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Family and network",
        allowedDependencies = { "audit", "coursefact", "organisation", "patient", "registration", "security", "shared" })
package no.sammen.family;
