package no.sammen.imr;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A referral to an IMR group as the sending and the receiving unit see it. */
public record ImrReferralView(UUID id, UUID courseId, UUID fromUnitId, String fromUnitName, UUID toUnitId,
        String toUnitName, LocalDate referredOn, String patientLabel, List<String> modulesDone, List<Goal> goals,
        String note) {

    /** A goal as it stood when the user was referred. */
    public record Goal(String goal, String steps) {
    }
}
