package no.sammen.pef;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A recruitment state as registered.
 *
 * @param stateOn the day offered, accepted or declined; null for the other states
 * @param byName  who registered it (for an offer: who offered)
 */
public record RecruitmentView(UUID id, UUID courseId, RecruitmentState state, LocalDate stateOn, String byName,
        String reason, Instant recordedAt) {
}
