package no.sammen.imr;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import no.sammen.shared.WrittenStandard;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

class ImrPhrasesTest {

    final ImrPhrases phrases = new ImrPhrases(messages(), new ImrCurriculum(new ImrProperties("imr/curriculum-v1.json", 18)));

    static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasename("messages/messages");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }

    static ImrSessionView session(boolean attended, boolean homework, Integer part) {
        return new ImrSessionView(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), LocalDate.of(2026, 3, 12),
                ImrFormat.INDIVIDUAL, null, Shift.EVENING, "STRESS_VULNERABILITY", part, homework, attended, List.of(),
                List.of(new ImrSessionView.GoalNote(UUID.randomUUID(), "Sover bedre")), 0);
    }

    @Test
    void theBokmaalPhraseNamesTheModule() {
        assertThat(phrases.phrase(session(true, true, 2), WrittenStandard.BOKMAAL)).isEqualTo(
                "IMR-sesjon 12.03.2026, individuell, kveldsvakt. Tema: modul 3 «Stress-sårbarhetsmodellen», del 2."
                        + " Brukeren valgte en hjemmeoppgave.");
    }

    @Test
    void theNynorskPhraseNamesTheModuleInNynorskAndLeavesTheUsersNoteOut() {
        String phrase = phrases.phrase(session(true, false, null), WrittenStandard.NYNORSK);
        assertThat(phrase).isEqualTo("IMR-sesjon 12.03.2026, individuell, kveldsvakt. Tema: modul 3"
                + " «Stress-sårbarheitsmodellen». Brukaren valde inga heimeoppgåve denne gongen.");
        assertThat(phrase).doesNotContain("Sover bedre");
    }

    @Test
    void aSessionTheUserDidNotComeToSaysSo() {
        assertThat(phrases.phrase(session(false, false, null), WrittenStandard.BOKMAAL))
                .startsWith("IMR-sesjon planlagt 12.03.2026").endsWith("Brukeren møtte ikke.");
    }
}
