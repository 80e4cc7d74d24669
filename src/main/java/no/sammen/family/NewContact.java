package no.sammen.family;

import java.time.LocalDateTime;
import java.util.Set;
import java.util.UUID;

import no.sammen.shared.Elements;

/**
 * A contact with relatives to register.
 *
 * @param dateTime  when, in Norwegian local time
 * @param staffName who in the unit made the contact, as free text
 * @param memberIds the private network members contacted; may be empty only for a letter
 */
public record NewContact(LocalDateTime dateTime, ContactChannel channel, String staffName, Set<UUID> memberIds) {

    public NewContact {
        memberIds = Elements.setOf(memberIds);
    }
}
