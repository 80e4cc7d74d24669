package no.sammen.groupprogramme;

public enum GroupStatus {
    PLANNED,
    RUNNING,
    ENDED
}
