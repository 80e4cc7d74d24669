package no.sammen.patient;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DiagnosisCodeTest {

    @ParameterizedTest
    @CsvSource({"F20, F20, true", "f20.0, F20.0, true", "F200, F20.0, true", "F29, F29, true", "F19.5, F19.5, false",
        "F30.1, F30.1, false", "Z03.2, Z03.2, false", "G20, G20, false"})
    void normalisesAndMarksPsychosis(String input, String normalised, boolean psychosis) {
        DiagnosisCode code = DiagnosisCode.parse(input);
        assertThat(code.code()).isEqualTo(normalised);
        assertThat(code.isPsychosis()).isEqualTo(psychosis);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "F2", "20.0", "FF20", "F20.123", "F20-0", "schizofreni"})
    void rejectsWhatIsNotAnIcd10Code(String input) {
        assertThat(DiagnosisCode.parse(input)).isNull();
    }
}
