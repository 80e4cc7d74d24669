package no.sammen.family;

import java.time.LocalDateTime;
import java.util.Set;
import java.util.UUID;

import no.sammen.shared.Elements;

/**
 * A contact with relatives to register.
 *
 * @param dateTime  when, in Norwegian local time
 * @param staffName who made the contact, as free text: a person outside Sammen, or the name of the staff
 *                  member named by {@code staffId}
 * @param memberIds the private network members contacted; may be empty only for a letter
 * @param staffId   the staff member of the course's unit who made it, if one did
 */
public record NewContact(LocalDateTime dateTime, ContactChannel channel, String staffName, Set<UUID> memberIds,
        UUID staffId) {

    public NewContact {
        memberIds = Elements.setOf(memberIds);
    }

    /** Made by someone named only as text. */
    public NewContact(LocalDateTime dateTime, ContactChannel channel, String staffName, Set<UUID> memberIds) {
        this(dateTime, channel, staffName, memberIds, null);
    }
}
