/**
 * Improvement teams and implementation plans (PRODUCT.md capability 9; seeds 001 and 003; ADR 0037): each
 * unit's improvement team (staff of the unit with their roles), its implementation plan (activities with
 * dates, a responsible staff member and a status, shown as a half-year timeline that prints), and training
 * events (a conference, a local gathering, a course day) with who of the organisation's staff signed up and
 * attended, how many came from elsewhere by kind of workplace, and participant statistics by workplace,
 * position and profession. The implementation start the reports split their charts at stays the unit's
 * own, in {@code organisation}; the plan shows it and changes it through {@code OrganisationService}.
 * Its public face is {@link no.sammen.implementation.TrainingAttendance}, which {@code competence} reads
 * to count attendance towards the course items of competence plans. A leader or coordinator sees and
 * changes their own units only; every read and change is audited. Uses {@code organisation} (units, staff
 * and the implementation start), {@code security} (the acting user), {@code registration} (free text),
 * {@code audit} and {@code shared}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Improvement teams and implementation plans",
        allowedDependencies = { "audit", "organisation", "registration", "security", "shared" })
package no.sammen.implementation;
