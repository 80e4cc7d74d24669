package no.sammen.implementation;

import java.time.LocalDate;
import java.util.List;

/** What is registered about a training event; checked by {@link ImplementationRules#event}. */
record EventDetails(TrainingKind kind, TrainingTopic topic, String title, LocalDate heldOn, String place,
        String organiser, List<TrainingEvent.Participant> participants, List<TrainingEvent.External> externals) {

    EventDetails {
        participants = participants == null ? List.of() : participants;
        externals = externals == null ? List.of() : externals;
    }
}
