package no.sammen.patient;

import java.util.UUID;

/**
 * Filters of the course list. {@code unitId} null means all the user's units.
 *
 * @param text part of the display label
 */
public record CourseQuery(String text, CourseStatus status, DiagnosisGroup diagnosisGroup, Pathway pathway,
        UUID unitId, int page, int size) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;

    public CourseQuery {
        status = status == null ? CourseStatus.ALL : status;
        diagnosisGroup = diagnosisGroup == null ? DiagnosisGroup.ALL : diagnosisGroup;
        page = Math.max(page, 0);
        size = size <= 0 ? DEFAULT_SIZE : Math.min(size, MAX_SIZE);
    }
}
