package no.sammen.registration;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import no.sammen.shared.FieldProblem;

import org.junit.jupiter.api.Test;

class CourseDatesTest {

    static final LocalDate START = LocalDate.of(2026, 3, 1);
    static final LocalDate END = LocalDate.of(2026, 3, 21);
    static final LocalDate TODAY = LocalDate.of(2026, 4, 10);

    @Test
    void aDateInsideTheCourseAndNotInTheFuturePasses() {
        assertThat(check(START, START, END)).isEmpty();
        assertThat(check(END, START, END)).isEmpty();
        assertThat(check(TODAY, START, null)).isEmpty();
    }

    @Test
    void aMissingDateIsRequiredUnlessTheCallerChecksItItself() {
        assertThat(check(null, START, END)).extracting(FieldProblem::messageKey).containsExactly("x.required");
        List<FieldProblem> problems = new ArrayList<>();
        assertThat(CourseDates.doneInCourse(null, START, END, TODAY, "date", null, problems)).isTrue();
        assertThat(problems).isEmpty();
    }

    @Test
    void aDateInTheFutureIsRefusedEvenInsideAnActiveCourse() {
        assertThat(check(TODAY.plusDays(1), START, null)).extracting(FieldProblem::messageKey)
                .containsExactly(CourseDates.FUTURE);
    }

    @Test
    void aDateBeforeTheStartOrAfterTheEndGetsOneMessageWithTheCoursesDates() {
        FieldProblem before = check(START.minusDays(1), START, END).get(0);
        FieldProblem after = check(END.plusDays(1), START, END).get(0);
        assertThat(before.messageKey()).isEqualTo(CourseDates.OUTSIDE_COURSE);
        assertThat(after.messageKey()).isEqualTo(CourseDates.OUTSIDE_COURSE);
        assertThat(before.arguments()).containsExactly("01.03.2026", "21.03.2026");
        assertThat(after.arguments()).containsExactly("01.03.2026", "21.03.2026");
        assertThat(before.field()).isEqualTo("date");
    }

    @Test
    void anActiveCourseEndsToday() {
        assertThat(check(START.minusDays(1), START, null).get(0).arguments())
                .containsExactly("01.03.2026", "10.04.2026");
        // an end date planned after today does not make later dates allowed
        assertThat(check(START.minusDays(1), START, TODAY.plusDays(5)).get(0).arguments())
                .containsExactly("01.03.2026", "10.04.2026");
    }

    private static List<FieldProblem> check(LocalDate date, LocalDate start, LocalDate end) {
        List<FieldProblem> problems = new ArrayList<>();
        boolean passed = CourseDates.doneInCourse(date, start, end, TODAY, "date", "x.required", problems);
        assertThat(passed).isEqualTo(problems.isEmpty());
        assertThat(problems).hasSizeLessThanOrEqualTo(1);
        return problems;
    }
}
