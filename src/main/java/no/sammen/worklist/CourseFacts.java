package no.sammen.worklist;

import java.time.LocalDate;
import java.util.Map;

/**
 * What the worklist needs to know of a course, gathered from the modules that register it.
 *
 * @param firstContactOn       the first contact with relatives, or null
 * @param conversations        the first conversation of each kind held, by type (CONVERSATION_*)
 * @param crisisPlanOn         when the crisis plan was made, or null
 * @param networkMeetingDoneOn when a network meeting was held or registered as not invited/not held
 *                             with a reason, or null
 * @param networkMeetingReason message key of the reason when not invited, or null
 * @param sharedDecisionOn     the first shared decision's day, or null
 * @param revisitOn            the day to revisit the latest shared decision, or null
 */
record CourseFacts(LocalDate start, LocalDate end, boolean noNetwork, LocalDate firstContactOn,
        Map<WorkItemType, LocalDate> conversations, LocalDate crisisPlanOn, LocalDate networkMeetingDoneOn,
        String networkMeetingReason, LocalDate sharedDecisionOn, LocalDate revisitOn) {

    /** A course without shared decisions. */
    CourseFacts(LocalDate start, LocalDate end, boolean noNetwork, LocalDate firstContactOn,
            Map<WorkItemType, LocalDate> conversations, LocalDate crisisPlanOn, LocalDate networkMeetingDoneOn,
            String networkMeetingReason) {
        this(start, end, noNetwork, firstContactOn, conversations, crisisPlanOn, networkMeetingDoneOn,
                networkMeetingReason, null, null);
    }

    /** The day the item was done, or null. */
    LocalDate doneOn(WorkItemType type) {
        return switch (type) {
            case RELATIVES_CONTACT -> firstContactOn;
            case CONVERSATION_PATIENT, CONVERSATION_RELATIVES, CONVERSATION_BOTH -> conversations.get(type);
            case CRISIS_PLAN -> crisisPlanOn;
            case NETWORK_MEETING -> networkMeetingDoneOn;
            case SHARED_DECISION -> sharedDecisionOn;
            case SHARED_DECISION_REVISIT -> null;
        };
    }
}
