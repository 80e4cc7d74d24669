package no.sammen.implementation;

import java.util.List;
import java.util.UUID;

import no.sammen.organisation.Profession;

/** A unit's improvement team as read; {@code version} -1 for a team never saved. */
public record TeamView(UUID unitId, List<Member> members, long version) {

    public TeamView {
        members = List.copyOf(members);
    }

    /** A member: the staff member and their role. */
    public record Member(UUID staffId, String fullName, Profession profession, String position, TeamRole role) {
    }
}
