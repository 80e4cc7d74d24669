package no.sammen.groupprogramme;

/** What a staff member is qualified for, and in which programme. */
public enum QualificationKind {
    PEF_GROUP_LEADER(Programme.PEF),
    PEF_SUPERVISOR(Programme.PEF),
    IMR_THERAPIST(Programme.IMR),
    IMR_SUPERVISOR(Programme.IMR);

    private final Programme programme;

    QualificationKind(Programme programme) {
        this.programme = programme;
    }

    public Programme programme() {
        return programme;
    }
}
