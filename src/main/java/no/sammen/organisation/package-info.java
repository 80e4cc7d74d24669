/**
 * The organisation: health trusts (helseforetak), their clinics (DPS) and units, and the staff of
 * each unit. Every other module places its data in a unit through {@link
 * no.sammen.organisation.OrganisationService}. Uses only {@code shared}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Organisation")
package no.sammen.organisation;
