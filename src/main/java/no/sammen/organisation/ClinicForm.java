package no.sammen.organisation;

import java.util.UUID;

/** The administrator's form for a clinic (DPS): new, rename or move to another trust, and delete. */
class ClinicForm {

    private UUID trustId;
    private String name;
    private long version;

    static ClinicForm of(OrganisationAdminService.EditedClinic clinic) {
        ClinicForm form = new ClinicForm();
        form.trustId = clinic.trustId();
        form.name = clinic.name();
        form.version = clinic.version();
        return form;
    }

    public UUID getTrustId() {
        return trustId;
    }

    public void setTrustId(UUID trustId) {
        this.trustId = trustId;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
