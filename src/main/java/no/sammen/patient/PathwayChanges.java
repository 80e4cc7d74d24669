package no.sammen.patient;

/**
 * Told, in the transaction of the change, when a course on the medication-free pathway leaves it or
 * comes under compulsory care through the course's own form or API, so that the module that keeps
 * the pathway's eligibility assessments can record what happened (ADR 0023). The patient module
 * tells without knowing the module, so that it depends on this one and never the other way round.
 */
public interface PathwayChanges {

    /**
     * @param before the course as it was, on the medication-free pathway
     * @param after  the course as it is now
     * @param answer what happens to the pathway under compulsory care, when the legal status changed to
     *               compulsory; otherwise null
     */
    void changed(CourseView before, CourseView after, PathwayOnCompulsory answer);
}
