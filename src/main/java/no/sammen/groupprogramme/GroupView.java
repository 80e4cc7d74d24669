package no.sammen.groupprogramme;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A group as its unit sees it. {@link #members} holds every member; a page shows only those whose
 * courses the user may read ({@link GroupPage}).
 */
public record GroupView(UUID id, UUID unitId, Programme programme, GroupKind kind, String name, String schedule,
        LocalDate startsOn, LocalDate plannedEndOn, GroupPhase phase, GroupStatus status, List<UUID> leaderIds,
        String coLeaders, List<MemberView> members, long version) {

    public GroupView {
        leaderIds = List.copyOf(leaderIds);
        members = List.copyOf(members);
    }

    /** A member: a patient's course, the day it joined, and (PEF) the family members taking part. */
    public record MemberView(UUID courseId, LocalDate joinedOn, List<UUID> relativeIds) {

        public MemberView {
            relativeIds = List.copyOf(relativeIds);
        }
    }

    public boolean hasMember(UUID courseId) {
        return members.stream().anyMatch(m -> m.courseId().equals(courseId));
    }

    public List<UUID> memberCourseIds() {
        return members.stream().map(MemberView::courseId).toList();
    }
}
