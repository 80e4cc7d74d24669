package no.sammen.competence;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import no.sammen.registration.FreeText;
import no.sammen.shared.DateBounds;
import no.sammen.shared.FieldProblem;

/**
 * The rules of a competence plan, plain Java: what a registration by hand may say, the state of an
 * item, and the day an item and a whole plan were completed.
 */
final class PlanRules {

    static final int EVIDENCE_MAX = 500;

    /** What was registered by hand about an item; any part may be null. */
    record Registered(LocalDate plannedOn, LocalDate doneOn, String evidence, LocalDate confirmedOn) {

        static final Registered NONE = new Registered(null, null, null, null);
    }

    private PlanRules() {
    }

    /**
     * The problems of a registration by hand of {@code item}: a counted item is refused whole (naming
     * it), a day done may not lie in the future, the note is free text without a national id.
     */
    static List<FieldProblem> registration(PlanCatalog.Item item, String itemName, LocalDate plannedOn,
            LocalDate doneOn, String evidence, LocalDate today) {
        List<FieldProblem> problems = new ArrayList<>();
        if (item.counted() != null) {
            problems.add(FieldProblem.of("itemId", "competence.item.counted", itemName));
            return problems;
        }
        if (doneOn != null && doneOn.isAfter(today)) {
            problems.add(FieldProblem.of("doneOn", "competence.doneOn.future"));
        } else if (doneOn != null && !DateBounds.allowed(doneOn)) {
            problems.add(FieldProblem.of("doneOn", "competence.date.outOfRange"));
        }
        if (plannedOn != null && !DateBounds.allowed(plannedOn)) {
            problems.add(FieldProblem.of("plannedOn", "competence.date.outOfRange"));
        }
        if (evidence != null && !evidence.isBlank() && doneOn == null) {
            problems.add(FieldProblem.of("evidence", "competence.evidence.withoutDone"));
        } else {
            FreeText.check(evidence, "evidence", EVIDENCE_MAX, problems);
        }
        return problems;
    }

    static ItemState state(PlanCatalog.Item item, Registered registered, List<Evidence> evidence) {
        if (item.counted() != null) {
            return evidence.size() >= item.counted().times() ? ItemState.DONE : ItemState.MISSING;
        }
        if (!evidence.isEmpty()) {
            return ItemState.DONE;
        }
        if (registered.doneOn() != null) {
            return item.confirmedByLeader() && registered.confirmedOn() == null ? ItemState.AWAITING_CONFIRMATION
                    : ItemState.DONE;
        }
        return registered.plannedOn() != null ? ItemState.PLANNED : ItemState.MISSING;
    }

    /**
     * The day the item was completed, if it is: for a counted item the day of the registration that
     * reached its count; otherwise the day done, or the day confirmed where a leader confirms, or the first
     * training event attended on the item's topic ({@code evidence}; the organiser's register is the
     * evidence, so no confirmation is asked), whichever came first.
     */
    static Optional<LocalDate> completedOn(PlanCatalog.Item item, Registered registered, List<Evidence> evidence) {
        if (item.counted() != null) {
            int times = item.counted().times();
            return evidence.size() < times ? Optional.empty()
                    : Optional.of(evidence.stream().map(Evidence::on).sorted().toList().get(times - 1));
        }
        Optional<LocalDate> attended = evidence.stream().map(Evidence::on).min(Comparator.naturalOrder());
        if (registered.doneOn() == null) {
            return attended;
        }
        Optional<LocalDate> byHand = !item.confirmedByLeader() ? Optional.of(registered.doneOn())
                : Optional.ofNullable(registered.confirmedOn()).map(c -> c.isBefore(registered.doneOn())
                        ? registered.doneOn() : c);
        return byHand.isEmpty() ? attended : attended.filter(a -> a.isBefore(byHand.get())).or(() -> byHand);
    }

    /** The day a plan was completed: the last of its items' days, if every item is completed. */
    static Optional<LocalDate> planCompletedOn(List<Optional<LocalDate>> items) {
        if (items.isEmpty() || items.stream().anyMatch(Optional::isEmpty)) {
            return Optional.empty();
        }
        return items.stream().map(Optional::get).max(Comparator.naturalOrder());
    }
}
