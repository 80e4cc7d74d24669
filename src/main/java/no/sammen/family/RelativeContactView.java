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
 */
public record RelativeContactView(UUID id, UUID courseId, LocalDateTime dateTime, ContactChannel channel,
        String staffName, Set<UUID> memberIds, long dayOfCourse, boolean first) {

    public RelativeContactView {
        memberIds = Set.copyOf(memberIds);
    }

    public LocalDate date() {
        return dateTime.toLocalDate();
    }
}
