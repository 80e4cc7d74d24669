package no.sammen.competence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import no.sammen.shared.FieldProblem;

import org.junit.jupiter.api.Test;

class PlanRulesTest {

    static final LocalDate TODAY = LocalDate.of(2026, 3, 10);
    static final Map<String, String> NAMES = Map.of("nb", "x", "nn", "x", "en", "x");
    static final PlanCatalog.Item COURSE = new PlanCatalog.Item("PEF_COURSE", ItemKind.COURSE, NAMES, true, null);
    static final PlanCatalog.Item ELEARNING = new PlanCatalog.Item("E", ItemKind.E_LEARNING, NAMES, false, null);
    static final PlanCatalog.Item THREE_SUPERVISIONS = new PlanCatalog.Item("S", ItemKind.SUPERVISION, NAMES, false,
            new PlanCatalog.Counted(PracticeSource.PEF_SUPERVISION, 3));

    static Evidence supervision(LocalDate on) {
        return new Evidence(PracticeSource.PEF_SUPERVISION, UUID.randomUUID(), on);
    }

    @Test
    void aCountedItemIsRefusedWholeNamingIt() {
        List<FieldProblem> problems = PlanRules.registration(THREE_SUPERVISIONS, "Tre veiledninger", null, TODAY,
                "bevis", TODAY);
        assertThat(problems).containsExactly(FieldProblem.of("itemId", "competence.item.counted", "Tre veiledninger"));
    }

    @Test
    void aDayDoneMayBeTodayButNotTomorrow() {
        assertThat(PlanRules.registration(ELEARNING, "e", null, TODAY, "kursbevis", TODAY)).isEmpty();
        assertThat(PlanRules.registration(ELEARNING, "e", null, TODAY.plusDays(1), null, TODAY))
                .extracting(FieldProblem::field).containsExactly("doneOn");
    }

    @Test
    void aPlannedDayMayLieInTheFutureAndEvidenceNeedsADayDone() {
        assertThat(PlanRules.registration(ELEARNING, "e", TODAY.plusMonths(2), null, null, TODAY)).isEmpty();
        assertThat(PlanRules.registration(ELEARNING, "e", TODAY.plusMonths(2), null, "bevis", TODAY))
                .extracting(FieldProblem::field).containsExactly("evidence");
    }

    @Test
    void evidenceWithANationalIdIsRefused() {
        assertThat(PlanRules.registration(ELEARNING, "e", null, TODAY, "bevis 01010112345", TODAY))
                .extracting(FieldProblem::field).contains("evidence");
    }

    @Test
    void anItemALeaderConfirmsWaitsForTheConfirmationAndIsCompletedOnItsDay() {
        PlanRules.Registered done = new PlanRules.Registered(null, TODAY.minusDays(5), "bevis", null);
        assertThat(PlanRules.state(COURSE, done, List.of())).isEqualTo(ItemState.AWAITING_CONFIRMATION);
        assertThat(PlanRules.completedOn(COURSE, done, List.of())).isEmpty();
        PlanRules.Registered confirmed = new PlanRules.Registered(null, TODAY.minusDays(5), "bevis", TODAY);
        assertThat(PlanRules.state(COURSE, confirmed, List.of())).isEqualTo(ItemState.DONE);
        assertThat(PlanRules.completedOn(COURSE, confirmed, List.of())).contains(TODAY);
    }

    @Test
    void anItemWithoutConfirmationIsDoneOnItsDayAndPlannedBefore() {
        assertThat(PlanRules.state(ELEARNING, new PlanRules.Registered(TODAY, null, null, null), List.of()))
                .isEqualTo(ItemState.PLANNED);
        assertThat(PlanRules.state(ELEARNING, PlanRules.Registered.NONE, List.of())).isEqualTo(ItemState.MISSING);
        assertThat(PlanRules.completedOn(ELEARNING, new PlanRules.Registered(null, TODAY, null, null), List.of()))
                .contains(TODAY);
    }

    @Test
    void aCountedItemIsCompletedOnTheDayOfTheRegistrationThatReachedItsCount() {
        List<Evidence> two = List.of(supervision(TODAY.minusDays(30)), supervision(TODAY.minusDays(20)));
        assertThat(PlanRules.state(THREE_SUPERVISIONS, PlanRules.Registered.NONE, two)).isEqualTo(ItemState.MISSING);
        List<Evidence> four = List.of(supervision(TODAY), supervision(TODAY.minusDays(30)),
                supervision(TODAY.minusDays(2)), supervision(TODAY.minusDays(20)));
        assertThat(PlanRules.state(THREE_SUPERVISIONS, PlanRules.Registered.NONE, four)).isEqualTo(ItemState.DONE);
        assertThat(PlanRules.completedOn(THREE_SUPERVISIONS, PlanRules.Registered.NONE, four))
                .contains(TODAY.minusDays(2));
    }

    @Test
    void aPlanIsCompletedOnTheLastDayOfItsItemsOnlyWhenAllAreCompleted() {
        assertThat(PlanRules.planCompletedOn(List.of(Optional.of(TODAY.minusDays(3)), Optional.of(TODAY))))
                .contains(TODAY);
        assertThat(PlanRules.planCompletedOn(List.of(Optional.of(TODAY), Optional.empty()))).isEmpty();
        assertThat(PlanRules.planCompletedOn(List.of())).isEmpty();
    }
}
