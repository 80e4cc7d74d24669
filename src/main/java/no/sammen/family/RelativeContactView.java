package no.sammen.family;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Set;
import java.util.UUID;

/**
 * A registered contact with relatives.
 *
 * @param dateTime    when, in Norwegian local time
 * @param dayOfCourse days after the course start (the start day is day 0)
 * @param first       whether this is the earliest contact of the course
 * @param staffId     the staff member of the unit who made it, whose name {@code staffName} then is; null
 *                    when made by someone outside Sammen
 */
public record RelativeContactView(UUID id, UUID courseId, LocalDateTime dateTime, ContactChannel channel,
        String staffName, Set<UUID> memberIds, long dayOfCourse, boolean first, UUID staffId) {

    public RelativeContactView {
        memberIds = Set.copyOf(memberIds);
    }

    public RelativeContactView(UUID id, UUID courseId, LocalDateTime dateTime, ContactChannel channel,
            String staffName, Set<UUID> memberIds, long dayOfCourse, boolean first) {
        this(id, courseId, dateTime, channel, staffName, memberIds, dayOfCourse, first, null);
    }

    public LocalDate date() {
        return dateTime.toLocalDate();
    }
}
