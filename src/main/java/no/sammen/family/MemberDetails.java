package no.sammen.family;

/** The editable facts of a network member. */
public record MemberDetails(Relation relation, String name, String contact, boolean closestRelative) {
}
