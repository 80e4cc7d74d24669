package no.sammen.indicator;

/** The level of the organisation a value is for. Higher levels sum the units below them. */
public enum OrgLevel {
    UNIT,
    CLINIC,
    TRUST,
    REGION
}
