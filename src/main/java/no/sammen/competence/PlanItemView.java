package no.sammen.competence;

import java.time.LocalDate;
import java.util.List;

/**
 * One item of a staff member's plan as it stands: registered by hand (planned, done with a note,
 * confirmed) or counted from registrations ({@code evidence}, of which {@code times} are needed).
 */
public record PlanItemView(String itemId, ItemKind kind, String name, boolean confirmedByLeader, boolean counted,
        int times, ItemState state, LocalDate plannedOn, LocalDate doneOn, String evidenceNote, LocalDate confirmedOn,
        LocalDate completedOn, List<Evidence> evidence, long version) {

    public PlanItemView {
        evidence = List.copyOf(evidence);
    }
}
