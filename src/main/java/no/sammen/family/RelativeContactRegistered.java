package no.sammen.family;

import java.time.LocalDateTime;
import java.util.UUID;

/**
 * A contact with relatives was registered on a course; {@code first} when it is now the earliest,
 * so that worklists and indicators can react.
 */
public record RelativeContactRegistered(UUID courseId, UUID contactId, LocalDateTime dateTime, boolean first) {
}
