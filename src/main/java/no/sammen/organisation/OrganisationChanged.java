package no.sammen.organisation;

import java.util.UUID;

/**
 * An administrator created, changed or deleted a health trust, a clinic or a unit, or linked a staff
 * member to a user account. Published inside
 * the transaction of the change, so that whoever listens (the audit log) stores its record with it.
 *
 * @param part    which part of the organisation
 * @param change  what happened to it
 * @param details what it is or what changed, e.g. the name before and after
 */
public record OrganisationChanged(Part part, UUID id, Change change, String details) {

    /** The parts of the organisation, each with the table it lives in as its object type. */
    public enum Part {
        HEALTH_TRUST("health_trust"),
        CLINIC("clinic"),
        UNIT("org_unit"),
        STAFF("staff");

        private final String objectType;

        Part(String objectType) {
            this.objectType = objectType;
        }

        public String objectType() {
            return objectType;
        }
    }

    public enum Change {
        CREATED,
        UPDATED,
        DELETED
    }
}
