package no.sammen.patient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import no.sammen.shared.InvalidInputException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NationalIdTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    @ParameterizedTest
    @CsvSource({
        "15038712486, 1987-03-15",  // fødselsnummer, 20th century
        "45038712318, 1987-03-05",  // D-number: day + 40
        "01012051227, 2020-01-01",  // individual number 500-999 with year 00-39: 21st century
        "29028812343, 1988-02-29",  // leap day
        "01010110013, 1901-01-01",
    })
    void acceptsValidIdsAndReadsTheBirthDate(String input, LocalDate birth) {
        NationalId id = NationalId.parse(input, "nationalId", TODAY);
        assertThat(id.digits()).isEqualTo(input);
        assertThat(NationalId.birthDate(input)).isEqualTo(birth);
    }

    @Test
    void toleratesSpacesAndDots() {
        assertThat(NationalId.parse(" 150387 12486 ", "nationalId", TODAY).digits()).isEqualTo("15038712486");
    }

    @ParameterizedTest
    @CsvSource({
        "'', patient.nationalId.required",
        "1503871248, patient.nationalId.format",
        "150387124861, patient.nationalId.format",
        "1503871248a, patient.nationalId.format",
        "15038712487, patient.nationalId.checksum",  // second check digit wrong
        "15038712496, patient.nationalId.checksum",  // first check digit wrong
        "12345678901, patient.nationalId.date",      // month 34
        "30028712345, patient.nationalId.date",      // 30 February
    })
    void rejectsWithAMessageNamingTheField(String input, String key) {
        assertThatThrownBy(() -> NationalId.parse(input, "nationalId", TODAY))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.problems()).singleElement().satisfies(p -> {
                        assertThat(p.field()).isEqualTo("nationalId");
                        assertThat(p.messageKey()).isEqualTo(key);
                    });
                    if (!input.isEmpty()) {
                        assertThat(e.getMessage()).doesNotContain(input);
                    }
                });
    }

    @Test
    void rejectsABirthDateInTheFuture() {
        // 01.01.2030 with individual number 512: a well-formed id of someone not yet born.
        String future = withCheckDigits("010130512");
        assertThatThrownBy(() -> NationalId.parse(future, "nationalId", TODAY))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.problems().get(0).messageKey()).isEqualTo("patient.nationalId.date"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"15038712486", "45038712318"})
    void neverShowsTheDigitsInToString(String input) {
        assertThat(NationalId.parse(input, "nationalId", TODAY).toString()).doesNotContain(input)
                .doesNotContainPattern("\\d{5}");
    }

    private static String withCheckDigits(String nine) {
        int k1 = check(nine, new int[] {3, 7, 6, 1, 8, 9, 4, 5, 2});
        int k2 = check(nine + k1, new int[] {5, 4, 3, 2, 7, 6, 5, 4, 3, 2});
        return nine + k1 + k2;
    }

    private static int check(String digits, int[] weights) {
        int sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += weights[i] * (digits.charAt(i) - '0');
        }
        int k = 11 - sum % 11;
        return k == 11 ? 0 : k;
    }
}
