package no.sammen.family;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Set;
import java.util.UUID;

/**
 * The first contact with relatives in a course: the earliest registered contact. The guideline asks
 * for it within three days of the start (BISP: the same day); the start day is day 0.
 *
 * @param dateTime    when, in Norwegian local time
 * @param memberIds   the network members contacted (empty for a letter handed to the patient)
 * @param dayOfCourse days after the course start
 */
public record FirstContactView(LocalDateTime dateTime, ContactChannel channel, Set<UUID> memberIds, UUID contactId,
        String staffName, long dayOfCourse) {

    /** The guideline's window: within three days of the start. */
    public static final int GUIDELINE_DAYS = 3;

    public FirstContactView {
        memberIds = Set.copyOf(memberIds);
    }

    public LocalDate date() {
        return dateTime.toLocalDate();
    }

    /** Whether the contact came no later than {@code days} days after the start. */
    public boolean withinDays(int days) {
        return dayOfCourse <= days;
    }

    public boolean withinGuideline() {
        return withinDays(GUIDELINE_DAYS);
    }
}
