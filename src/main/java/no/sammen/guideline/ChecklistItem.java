package no.sammen.guideline;

import java.util.List;

/**
 * One recommendation on a course's checklist.
 *
 * @param state        the state now: not yet considered until something is registered; null for a principle
 * @param current      the registration that decides its state; null when not yet considered (and for
 *                     a principle, which has no state)
 * @param history      every registration, newest first
 * @param version      the sequence of the latest registration (0 when none): what a change must send
 * @param unitHasOffer for an offer, whether the course's unit has it (§3); true for other recommendations
 * @param waitingWeeks the unit's usual waiting time in weeks, when it has the offer and it is known
 * @param answer       for a recommendation another module answers, that module's answer; otherwise null
 */
public record ChecklistItem(Recommendation recommendation, ChecklistState state, ChecklistEntryView current,
        List<ChecklistEntryView> history, int version, boolean unitHasOffer, Integer waitingWeeks,
        FamilyContactAnswer answer) {

    public ChecklistItem(Recommendation recommendation, ChecklistEntryView current, List<ChecklistEntryView> history,
            int version, boolean unitHasOffer, Integer waitingWeeks, FamilyContactAnswer answer) {
        this(recommendation, recommendation.kind() == RecommendationKind.PRINCIPLE ? null
                : current == null ? ChecklistState.NOT_CONSIDERED : current.state(), current, history, version,
                unitHasOffer, waitingWeeks, answer);
    }

    public boolean principle() {
        return recommendation.kind() == RecommendationKind.PRINCIPLE;
    }

    /** Whether a clinician registers its state here (a measure that no other module answers). */
    public boolean registrable() {
        return !principle() && answer == null;
    }

    /** The states a clinician may choose: "not available at this unit" only where the unit lacks the offer. */
    public List<ChecklistState> choices() {
        return java.util.Arrays.stream(ChecklistState.values())
                .filter(s -> s != ChecklistState.NOT_AVAILABLE || recommendation.offeredByUnits() && !unitHasOffer)
                .toList();
    }
}
