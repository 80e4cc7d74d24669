package no.sammen.groupprogramme;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/**
 * What a coordinator registers about a group, new or changed.
 *
 * @param schedule   when it meets, in words, e.g. «annenhver tirsdag 16–18»
 * @param phase      PEF's phase; null for a programme without phases
 * @param leaderIds  staff users of the group's unit who lead it
 * @param coLeaders  others who lead it with them, in words (e.g. municipal staff); no national ids
 */
public record GroupDetails(GroupKind kind, String name, String schedule, LocalDate startsOn, LocalDate plannedEndOn,
        GroupPhase phase, GroupStatus status, Set<UUID> leaderIds, String coLeaders) {

    public GroupDetails {
        leaderIds = leaderIds == null ? Set.of()
                : leaderIds.stream().filter(java.util.Objects::nonNull)
                        .collect(java.util.stream.Collectors.toUnmodifiableSet());
    }
}
