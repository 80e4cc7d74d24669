package no.sammen.organisation;

/** The kinds of unit that the indicators break results down by. */
public enum UnitType {
    INPATIENT,
    OUTPATIENT,
    AMBULATORY_ACUTE_TEAM,
    DAY_REHABILITATION
}
