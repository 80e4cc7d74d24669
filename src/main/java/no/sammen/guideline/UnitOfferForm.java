package no.sammen.guideline;

/** The form of one offer of one unit: whether the unit has it and the usual waiting time in weeks. */
class UnitOfferForm {

    private Boolean offered;
    private Integer waitingWeeks;
    private long version;

    public Boolean getOffered() {
        return offered;
    }

    public void setOffered(Boolean offered) {
        this.offered = offered;
    }

    public Integer getWaitingWeeks() {
        return waitingWeeks;
    }

    public void setWaitingWeeks(Integer waitingWeeks) {
        this.waitingWeeks = waitingWeeks;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
