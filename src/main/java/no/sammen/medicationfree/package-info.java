/**
 * The medication-free pathway (medikamentfritt behandlingsforløp, seed 003; ADR 0023): the
 * eligibility assessment that chooses it for a course, with the seed's six criteria each answered yes
 * or no on a day by a clinician (a psychosis diagnosis and voluntary care read from the course; the
 * patient's wish to work toward recovery mainly without medication; professionally sound; capacity to
 * consent; no risk to self or others). Every assessment is kept, met or not; when all are met the
 * course's pathway is set through {@code patient}, otherwise it is refused naming the criterion. A later
 * change to compulsory care on a medication-free course is recorded as it is answered on the course
 * form ({@code patient}'s {@code PathwayChanges}). Offers a journal phrase in bokmål or nynorsk, a
 * report of medication-free courses per unit and DPS by quarter and how they ended (with the
 * indicators' linked suppression), and {@code MedicationFreeCourses}, the query a journal audit draws
 * its sample from. Uses {@code registration} for access, dates, free text, versions and audit,
 * {@code patient} for the course and its pathway, {@code coursefact} for the facts it keeps and reads,
 * {@code indicator} for the suppression, {@code organisation} for units and clinics, {@code security}
 * for the acting clinician, {@code audit} and {@code shared}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Medication-free pathway",
        allowedDependencies = { "audit", "coursefact", "indicator", "organisation", "patient", "registration",
            "security", "shared" })
package no.sammen.medicationfree;
