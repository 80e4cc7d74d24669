/**
 * The organisation: health trusts (helseforetak), their clinics (DPS) and units, and the staff of
 * each unit. Every other module places its data in a unit through {@link
 * no.sammen.organisation.OrganisationService}. An administrator creates, renames and deletes (when
 * empty) trusts and clinics under {@code /admin/organisation}, and lists, creates and edits units
 * under {@code /admin/units}; each change is published as {@link
 * no.sammen.organisation.OrganisationChanged} for the audit log. Uses only {@code shared}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Organisation",
        allowedDependencies = { "shared" })
package no.sammen.organisation;
