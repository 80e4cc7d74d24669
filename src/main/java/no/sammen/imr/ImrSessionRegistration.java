package no.sammen.imr;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A session as registered. {@code format} null is an individual session; {@code goalId} and
 * {@code goalNote} are the progress the user noted on one goal, both or neither; {@code nextSessionOn}
 * moves the IMR course's next planned session when given.
 */
record ImrSessionRegistration(LocalDate heldOn, ImrFormat format, Shift shift, List<UUID> therapistIds,
        String moduleId, Integer part, Boolean homeworkChosen, Boolean attended, UUID goalId, String goalNote,
        LocalDate nextSessionOn) {

    ImrSessionRegistration {
        therapistIds = therapistIds == null ? List.of() : therapistIds.stream().filter(java.util.Objects::nonNull)
                .distinct().toList();
    }
}
