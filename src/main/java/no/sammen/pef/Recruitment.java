package no.sammen.pef;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** One registered recruitment state of a course; the rows are never changed, the latest is in force. */
@Table("pef_recruitment")
record Recruitment(@Id UUID id, UUID courseId, RecruitmentState state, LocalDate stateOn, UUID byUserId,
        String byName, String reason, Instant recordedAt, @Version Long version) {

    RecruitmentView toView() {
        return new RecruitmentView(id, courseId, state, stateOn, byName, reason, recordedAt);
    }
}
