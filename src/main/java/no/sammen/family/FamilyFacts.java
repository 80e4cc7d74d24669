package no.sammen.family;

import java.time.LocalDate;

/**
 * What the family module has registered for one course, as facts for worklists.
 *
 * @param noNetwork       whether the course is marked as having no relatives or network
 * @param firstContactOn  the day (Norwegian time) of the first contact with relatives, or null
 */
public record FamilyFacts(boolean noNetwork, LocalDate firstContactOn) {

    public static final FamilyFacts NONE = new FamilyFacts(false, null);
}
