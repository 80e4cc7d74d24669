package no.sammen.family;

/** Remove a member from the network map, at the version the user read. */
class RemovalForm {

    private long version;

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
