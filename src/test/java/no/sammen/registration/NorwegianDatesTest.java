package no.sammen.registration;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;

class NorwegianDatesTest {

    @Test
    void datesAndTimesAreWrittenAsNorwegiansReadThem() {
        assertThat(NorwegianDates.format(LocalDate.of(2026, 3, 7))).isEqualTo("07.03.2026");
        assertThat(NorwegianDates.time(LocalDateTime.of(2026, 3, 7, 9, 5))).isEqualTo("09.05");
        assertThat(NorwegianDates.format(null)).isNull();
    }
}
