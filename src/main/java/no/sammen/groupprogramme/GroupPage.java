package no.sammen.groupprogramme;

import java.util.List;

import no.sammen.family.NetworkMemberView;
import no.sammen.patient.CourseView;

/**
 * A group as one user may see it: the members whose courses are in the user's units (with the family
 * members taking part and the course's whole network map to choose from), how many others there are,
 * and the sessions with the attendance the user may see.
 */
record GroupPage(GroupView group, String unitName, List<String> leaderNames, List<MemberRow> members,
        int hiddenMembers, List<SessionRow> sessions, boolean mayManage, boolean mayRegisterSessions) {

    record MemberRow(CourseView course, GroupView.MemberView member, List<NetworkMemberView> taking,
            List<NetworkMemberView> network) {
    }

    /** A session with the names of those who came that the user may see, and how many others came. */
    record SessionRow(SessionView session, List<String> patients, List<String> relatives, int others) {
    }
}
