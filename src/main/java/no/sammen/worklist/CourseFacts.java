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
 */
record CourseFacts(LocalDate start, LocalDate end, boolean noNetwork, LocalDate firstContactOn,
        Map<WorkItemType, LocalDate> conversations, LocalDate crisisPlanOn, LocalDate networkMeetingDoneOn,
        String networkMeetingReason) {
}
