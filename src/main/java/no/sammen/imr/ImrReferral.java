package no.sammen.imr;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A referral to an IMR group at another unit, with what it carries as it stood that day: the user's
 * label and key (so that the receiving unit's reads are audited on the patient), the modules done
 * (ids joined by commas, in the order first worked on) and the goals. Once received, it may be taken into
 * one of the receiving unit's IMR groups: the group, the receiving unit's course that joined it, the day.
 */
@Table("imr_referral")
record ImrReferral(@Id UUID id, UUID courseId, UUID fromUnitId, UUID toUnitId, LocalDate referredOn,
        String patientKey, String patientLabel, String modulesDone, String note,
        @MappedCollection(idColumn = "referral_id", keyColumn = "position") List<Goal> goals, Instant createdAt,
        UUID takenInGroupId, UUID takenInCourseId, LocalDate takenInOn, @Version Long version) {

    ImrReferral {
        goals = goals == null ? List.of() : List.copyOf(goals);
    }

    List<String> moduleIds() {
        return modulesDone.isEmpty() ? List.of() : List.of(modulesDone.split(","));
    }

    ImrReferralView toView(String fromUnitName, String toUnitName) {
        return new ImrReferralView(id, courseId, fromUnitId, fromUnitName, toUnitId, toUnitName, referredOn,
                patientLabel, moduleIds(), goals.stream().map(g -> new ImrReferralView.Goal(g.goal(), g.steps())).toList(),
                note, takenInGroupId, takenInCourseId, takenInOn);
    }

    /** The referral taken into a group of the receiving unit, as the course that joined it. */
    ImrReferral takenIn(UUID groupId, UUID courseId, LocalDate on) {
        return new ImrReferral(id, this.courseId, fromUnitId, toUnitId, referredOn, patientKey, patientLabel,
                modulesDone, note, goals, createdAt, groupId, courseId, on, version);
    }

    @Table("imr_referral_goal")
    record Goal(String goal, String steps) {
    }
}
