package no.sammen.indicator;

/** Which of the courses behind an indicator value to list. */
public enum MetFilter {
    /** Every course in the denominator. */
    ALL,
    /** The courses in the numerator. */
    MET,
    /** The courses in the denominator but not in the numerator. */
    NOT_MET;

    /** null for all, otherwise whether the numerator is met. */
    Boolean met() {
        return this == ALL ? null : this == MET;
    }
}
