package no.sammen.imr;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A referral to an IMR group as the sending and the receiving unit see it; once taken in, the group, the
 * receiving unit's course that joined it and the day.
 */
public record ImrReferralView(UUID id, UUID courseId, UUID fromUnitId, String fromUnitName, UUID toUnitId,
        String toUnitName, LocalDate referredOn, String patientLabel, List<String> modulesDone, List<Goal> goals,
        String note, UUID takenInGroupId, UUID takenInCourseId, LocalDate takenInOn) {

    /** Whether it has been taken into an IMR group of the receiving unit. */
    public boolean takenIn() {
        return takenInGroupId != null;
    }


    /** A goal as it stood when the user was referred. */
    public record Goal(String goal, String steps) {
    }
}
