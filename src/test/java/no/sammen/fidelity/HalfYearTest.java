package no.sammen.fidelity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import no.sammen.shared.InvalidInputException;

import org.junit.jupiter.api.Test;

class HalfYearTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    @Test
    void theLatestCompleteHalfYearIsTheOneBeforeTheOneInProgress() {
        assertThat(HalfYear.latestComplete(TODAY)).isEqualTo(new HalfYear(2026, 1));
        assertThat(HalfYear.latestComplete(LocalDate.of(2026, 6, 30))).isEqualTo(new HalfYear(2025, 2));
        assertThat(HalfYear.latestComplete(LocalDate.of(2026, 7, 1))).isEqualTo(new HalfYear(2026, 1));
    }

    @Test
    void aHalfYearInProgressIsCountedUpToToday() {
        HalfYear now = HalfYear.parse("2026-2", "half", TODAY);
        assertThat(now.inProgress(TODAY)).isTrue();
        assertThat(now.asOf(TODAY)).isEqualTo(TODAY);
        HalfYear done = HalfYear.parse("2026-1", "half", TODAY);
        assertThat(done.inProgress(TODAY)).isFalse();
        assertThat(done.asOf(TODAY)).isEqualTo(LocalDate.of(2026, 6, 30));
        assertThat(done.from()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(done.toString()).isEqualTo("2026-1");
    }

    @Test
    void aMalformedOrFutureHalfYearIsAFieldError() {
        for (String bad : new String[] {"2026-3", "2026", "26-1", "2026-1x", "1999-2", ""}) {
            assertThatThrownBy(() -> HalfYear.parse(bad, "half", TODAY)).as(bad)
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                        assertThat(e.problems().get(0).field()).isEqualTo("half");
                        assertThat(e.problems().get(0).messageKey()).isEqualTo("fidelity.half.invalid");
                    });
        }
        assertThatThrownBy(() -> HalfYear.parse("2027-1", "half", TODAY))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.problems().get(0).messageKey()).isEqualTo("fidelity.half.future"));
    }
}
