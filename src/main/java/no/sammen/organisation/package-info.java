/**
 * The organisation: health trusts (helseforetak), their clinics (DPS) and units, and the staff of
 * each unit. Every other module places its data in a unit through {@link
 * no.sammen.organisation.OrganisationService}. An administrator lists, creates and edits units on
 * the pages under {@code /admin/units}. Uses only {@code shared}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Organisation")
package no.sammen.organisation;
