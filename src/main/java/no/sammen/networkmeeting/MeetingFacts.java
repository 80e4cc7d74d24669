package no.sammen.networkmeeting;

import java.time.LocalDate;

/**
 * What the network meeting module has registered for one course, as facts for worklists.
 *
 * @param doneOn            when a network meeting was held, or registered as invited but not held,
 *                          whichever is earliest; null if none
 * @param notInvitedReason  the reason of the first registration when none of the course's
 *                          registrations was invited; null otherwise
 */
public record MeetingFacts(LocalDate doneOn, NotInvitedReason notInvitedReason) {
}
