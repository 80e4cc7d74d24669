package no.sammen.medicationfree;

/**
 * The criteria of the medication-free pathway as seed 003 lists them, in its order. Each is the name
 * of its field in the form and the API, and of its messages ({@code medicationfree.criterion.<field>}).
 */
enum Criterion {
    /** A psychotic disorder (F20–F29), read from the course. */
    PSYCHOSIS("psychosis", true),
    /** Voluntary care, read from the course. */
    VOLUNTARY("voluntary", true),
    /** The patient wants to work actively toward recovery mainly through non-medication methods. */
    WANTS_NON_MEDICATION("wantsNonMedication", false),
    /** The clinician assesses the pathway as professionally sound (faglig forsvarlig). */
    PROFESSIONALLY_SOUND("professionallySound", false),
    /** The patient understands what the choice means (samtykkekompetanse). */
    CAPACITY_TO_CONSENT("capacityToConsent", false),
    /** The patient is not at risk of harming themselves or others. */
    NO_RISK("noRisk", false);

    private final String field;
    private final boolean fromCourse;

    Criterion(String field, boolean fromCourse) {
        this.field = field;
        this.fromCourse = fromCourse;
    }

    String field() {
        return field;
    }

    /** Whether the answer is read from the course rather than given by the clinician. */
    boolean fromCourse() {
        return fromCourse;
    }
}
