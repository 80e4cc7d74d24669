package no.sammen.organisation;

/** The administrator's form for a health trust: new, rename and delete. */
class TrustForm {

    private String name;
    private long version;

    static TrustForm of(OrganisationAdminService.EditedTrust trust) {
        TrustForm form = new TrustForm();
        form.name = trust.name();
        form.version = trust.version();
        return form;
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
