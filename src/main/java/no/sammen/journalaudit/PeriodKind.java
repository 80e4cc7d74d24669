package no.sammen.journalaudit;

/** The length of an audit round's period. */
public enum PeriodKind {
    MONTH,
    QUARTER
}
