package no.sammen.family;

/** Add or edit a network member. */
class MemberForm {

    private Relation relation;
    private String name;
    private String contact;
    private boolean closestRelative;
    private long version;

    static MemberForm of(NetworkMemberView member) {
        MemberForm form = new MemberForm();
        form.relation = member.relation();
        form.name = member.name();
        form.contact = member.contact();
        form.closestRelative = member.closestRelative();
        form.version = member.version();
        return form;
    }

    MemberDetails details() {
        return new MemberDetails(relation, name, contact, closestRelative);
    }

    public Relation getRelation() {
        return relation;
    }

    public void setRelation(Relation relation) {
        this.relation = relation;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getContact() {
        return contact;
    }

    public void setContact(String contact) {
        this.contact = contact;
    }

    public boolean isClosestRelative() {
        return closestRelative;
    }

    public void setClosestRelative(boolean closestRelative) {
        this.closestRelative = closestRelative;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
