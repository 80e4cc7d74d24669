package no.sammen.family;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import no.sammen.patient.CourseView;
import no.sammen.patient.LegalStatus;
import no.sammen.patient.Pathway;
import no.sammen.registration.CourseDates;
import no.sammen.shared.FieldProblem;
import no.sammen.shared.InvalidInputException;

import org.junit.jupiter.api.Test;

/** Rules of the family module that need no database: dates, ages, the first-contact window, consent states. */
class FamilyRulesTest {

    private static final LocalDate START = LocalDate.of(2026, 3, 10);

    @Test
    void agesAreTypedAsAListOfWholeNumbers() {
        assertThat(ChildrenForm.parseAges("4, 9")).containsExactly(4, 9);
        assertThat(ChildrenForm.parseAges(" 4 9;12 ")).containsExactly(4, 9, 12);
        assertThat(ChildrenForm.parseAges("")).isEmpty();
        assertThat(ChildrenForm.parseAges(null)).isEmpty();
        assertThatThrownBy(() -> ChildrenForm.parseAges("4, ni"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field, FieldProblem::messageKey)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple("ages", "family.children.ages.format")));
        assertThatThrownBy(() -> ChildrenForm.parseAges("4.5")).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void anEventIsNotInTheFutureNorOutsideTheCourse() {
        CourseView ended = course(START, START.plusDays(20));
        LocalDate today = START.plusDays(30);
        assertThat(problem(null, ended, today)).isEqualTo("required");
        assertThat(problem(today.plusDays(1), ended, today)).isEqualTo("validation.date.future");
        assertThat(problem(START.minusDays(1), ended, today)).isEqualTo("registration.date.outsideCourse");
        assertThat(problem(START.plusDays(21), ended, today)).isEqualTo("registration.date.outsideCourse");
        assertThat(problem(START, ended, today)).isNull();
        assertThat(problem(START.plusDays(20), ended, today)).isNull();
    }

    @Test
    void theFirstContactCountsFromDayZeroAtTheStart() {
        FirstContactView sameDay = first(0);
        FirstContactView dayThree = first(3);
        FirstContactView dayFour = first(4);
        assertThat(sameDay.withinGuideline()).isTrue();
        assertThat(dayThree.withinGuideline()).isTrue();
        assertThat(dayFour.withinGuideline()).isFalse();
        assertThat(dayFour.withinDays(7)).isTrue();
    }

    @Test
    void theSectionSaysWhetherTheFirstContactIsDoneLateDueOverdueOrNotRelevant() {
        LocalDate due = START.plusDays(3);
        assertThat(FamilySection.contactStatus(false, Optional.of(first(2)), due, START.plusDays(10)))
                .isEqualTo(FamilySection.ContactStatus.DONE);
        assertThat(FamilySection.contactStatus(false, Optional.of(first(5)), due, START.plusDays(10)))
                .isEqualTo(FamilySection.ContactStatus.LATE);
        assertThat(FamilySection.contactStatus(false, Optional.empty(), due, due))
                .isEqualTo(FamilySection.ContactStatus.DUE);
        assertThat(FamilySection.contactStatus(false, Optional.empty(), due, due.plusDays(1)))
                .isEqualTo(FamilySection.ContactStatus.OVERDUE);
        assertThat(FamilySection.contactStatus(true, Optional.empty(), due, due.plusDays(1)))
                .isEqualTo(FamilySection.ContactStatus.NOT_RELEVANT);
    }

    @Test
    void onlyTheCurrentConsentThatAllowsSharingCanBeWithdrawn() {
        assertThat(consent(ConsentStatus.GIVEN, true, null).withdrawable()).isTrue();
        assertThat(consent(ConsentStatus.PARTIAL, true, null).inForce()).isTrue();
        assertThat(consent(ConsentStatus.GIVEN, false, null).withdrawable()).isFalse();
        assertThat(consent(ConsentStatus.NOT_GIVEN, true, null).withdrawable()).isFalse();
        ConsentView withdrawn = consent(ConsentStatus.GIVEN, true, START.plusDays(2));
        assertThat(withdrawn.withdrawable()).isFalse();
        assertThat(withdrawn.inForce()).isFalse();
    }

    @Test
    void childrenNotAskedYetIsAStateOfItsOwn() {
        assertThat(MinorChildren.NOT_ASKED.asked()).isFalse();
        assertThat(MinorChildren.NOT_ASKED.hasChildren()).isFalse();
        assertThat(new MinorChildren(START, 0, null, null).asked()).isTrue();
        assertThat(new MinorChildren(START, 0, null, null).hasChildren()).isFalse();
        assertThat(new MinorChildren(START, 2, List.of(4, 9), ChildNeeds.YES).hasChildren()).isTrue();
    }

    private static String problem(LocalDate date, CourseView course, LocalDate today) {
        List<FieldProblem> problems = new ArrayList<>();
        boolean ok = CourseDates.doneInCourse(date, course, today, "date", "required", problems);
        assertThat(ok).isEqualTo(problems.isEmpty());
        return problems.isEmpty() ? null : problems.get(0).messageKey();
    }

    private static FirstContactView first(long day) {
        return new FirstContactView(LocalDateTime.of(START.plusDays(day), java.time.LocalTime.NOON),
                ContactChannel.PHONE, Set.of(UUID.randomUUID()), UUID.randomUUID(), "NN", day);
    }

    private static ConsentView consent(ConsentStatus status, boolean current, LocalDate withdrawn) {
        return new ConsentView(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), status, null, START,
                withdrawn, java.time.Instant.now(), current, 0);
    }

    private static CourseView course(LocalDate start, LocalDate end) {
        return new CourseView(UUID.randomUUID(), UUID.randomUUID(), "key", "A.B. 1980", UUID.randomUUID(), "Unit",
                start, end, "F20", true, LegalStatus.VOLUNTARY, Pathway.ORDINARY, 0);
    }
}
