package no.sammen.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;

class WrittenStandardTest {

    @Test
    void aPhraseIsInTheStandardAskedForOtherwiseInTheUsersLanguage() {
        assertThat(WrittenStandard.chosenOr(WrittenStandard.BOKMAAL, Locale.forLanguageTag("nn")))
                .isEqualTo(WrittenStandard.BOKMAAL);
        assertThat(WrittenStandard.chosenOr(null, Locale.forLanguageTag("nn"))).isEqualTo(WrittenStandard.NYNORSK);
        assertThat(WrittenStandard.chosenOr(null, Locale.ENGLISH)).isEqualTo(WrittenStandard.BOKMAAL);
        assertThat(WrittenStandard.chosenOr(null, null)).isEqualTo(WrittenStandard.BOKMAAL);
    }
}
