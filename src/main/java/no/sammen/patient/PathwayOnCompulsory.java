package no.sammen.patient;

/**
 * What happens to a medication-free course's pathway when its legal status changes to compulsory
 * care: it continues (with the clinician's reason) or the course returns to the ordinary pathway.
 * Asked by the course's edit form and API whenever that change is made, and recorded.
 *
 * @param reason why the pathway continues under compulsory care; required with {@link Answer#CONTINUE}
 */
public record PathwayOnCompulsory(Answer answer, String reason) {

    /** The longest reason. */
    public static final int REASON_MAX = 1000;

    public enum Answer {
        /** The course stays on the medication-free pathway under compulsory care. */
        CONTINUE,
        /** The course returns to the ordinary pathway. */
        RETURN_TO_ORDINARY
    }
}
