package no.sammen.implementation;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import no.sammen.organisation.Profession;

/**
 * A training event as read, with its participants and counts. A participant from a unit the reader
 * does not belong to is shown without a name ({@code fullName} null), by their workplace only.
 */
public record EventView(UUID id, UUID unitId, TrainingKind kind, TrainingTopic topic, String title, LocalDate heldOn,
        String place, String organiser, List<Participant> participants, List<External> externals, int signedUp,
        int attended, long version) {

    public EventView {
        participants = List.copyOf(participants);
        externals = List.copyOf(externals);
    }

    public record Participant(UUID staffId, String fullName, String workplace, Profession profession,
            String position, boolean signedUp, boolean attended) {
    }

    public record External(Workplace workplace, int signedUp, int attended) {
    }
}
