package no.sammen.imr;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * An IMR course as pages and the API see it.
 *
 * @param moduleIds     the modules chosen, in the order the user wants them
 * @param nextSessionOn the day the next session is planned, or null
 */
public record ImrCourseView(UUID id, UUID courseId, ImrFormat format, LocalDate startDate, LocalDate endDate,
        LocalDate nextSessionOn, List<TherapistView> therapists, List<String> moduleIds, long version) {

    public boolean ongoing() {
        return endDate == null;
    }
}
