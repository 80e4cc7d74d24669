package no.sammen.registration;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import no.sammen.shared.FieldProblem;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FreeTextTest {

    /** A valid fødselsnummer (date of birth and both check digits hold). */
    static final String ID = "07076230093";

    @ParameterizedTest
    @ValueSource(strings = {"Kari 07076230093", "070762-30093", "07.07.62 300 93", "fnr07076230093x",
        "+07076230093", "ring 070762 30093", "150590\u200b10023", "150590_10023", "15.05.1990 10023",
        "15O59O1OO23"})
    void aNationalIdIsRefusedHoweverItIsWritten(String text) {
        assertThat(check(text, 200)).as(text).containsExactly(FreeText.NATIONAL_ID);
    }

    /** Decided in ADR 0015: a mistyped id still points at a person. */
    @Test
    void elevenDigitsStandingAloneAreRefusedEvenWithoutValidCheckDigits() {
        assertThat(check("sak 12345678901", 200)).containsExactly(FreeText.NATIONAL_ID);
        assertThat(check("123456 78901", 200)).containsExactly(FreeText.NATIONAL_ID);
    }

    @ParameterizedTest
    @ValueSource(strings = {"+47 12345678", "0047 12345678", "004712345678", "+4712345678", "+46701234567",
        "+46 70 123 45 67", "tlf. 55 91 00 00", "konto 1234.56.78903"})
    void phoneNumbersWithACountryCodePass(String text) {
        assertThat(check(text, 200)).as(text).isEmpty();
    }

    @Test
    void aTextLongerThanItsFieldIsRefusedAfterStripping() {
        assertThat(check("x".repeat(11), 10)).containsExactly(FreeText.TOO_LONG);
        assertThat(check("  " + "x".repeat(10) + "  ", 10)).isEmpty();
        List<FieldProblem> problems = new ArrayList<>();
        FreeText.check("x".repeat(11), "note", 10, problems);
        assertThat(problems.get(0).arguments()).containsExactly(10);
        assertThat(problems.get(0).field()).isEqualTo("note");
    }

    @Test
    void noTextPasses() {
        assertThat(check(null, 10)).isEmpty();
        assertThat(FreeText.stripToNull("  ")).isNull();
        assertThat(FreeText.stripToNull(" a ")).isEqualTo("a");
    }

    private static List<String> check(String text, int max) {
        List<FieldProblem> problems = new ArrayList<>();
        boolean passed = FreeText.check(text, "field", max, problems);
        assertThat(passed).isEqualTo(problems.isEmpty());
        return problems.stream().map(FieldProblem::messageKey).toList();
    }
}
