package no.sammen.implementation;

/** The kinds of training event of seed 003: a (start-up) conference, local gatherings, course days. */
public enum TrainingKind {
    CONFERENCE,
    LOCAL_GATHERING,
    COURSE_DAY
}
