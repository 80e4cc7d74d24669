package no.sammen.guideline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import no.sammen.shared.WrittenStandard;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/** The checklist's journal phrase, word for word, in both written standards. */
class ChecklistPhrasesTest {

    final ChecklistPhrases phrases = new ChecklistPhrases(messages());

    static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasename("messages/messages");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }

    static ChecklistItem item(String id, ChecklistState state, LocalDate on, String reason, FamilyContactAnswer answer) {
        Recommendation r = ChecklistRulesTest.GUIDELINE.find(id).orElseThrow();
        ChecklistEntryView e = state == null ? null : new ChecklistEntryView(id, 1, state, on, reason, Instant.now());
        return new ChecklistItem(r, e, e == null ? List.of() : List.of(e), e == null ? 0 : 1, true, null, answer);
    }

    static ChecklistView checklist() {
        return new ChecklistView(UUID.randomUUID(), 1, List.of(
                item("INDIVIDUAL_ADAPTATION", null, null, null, null),
                item("CBT_PSYCHOSIS", ChecklistState.OFFERED, LocalDate.of(2026, 3, 5), null, null),
                item("FAMILY_COLLABORATION", null, null, null, new FamilyContactAnswer(
                        FamilyContactAnswer.Status.IN_TIME, LocalDate.of(2026, 3, 2), 1L)),
                item("MULTI_FAMILY_PSYCHOEDUCATION", ChecklistState.DECLINED, LocalDate.of(2026, 3, 9),
                        "Ønsker ikke gruppe nå", null),
                item("MUSIC_THERAPY", ChecklistState.NOT_AVAILABLE, LocalDate.of(2026, 3, 9), null, null),
                item("IPS", ChecklistState.NOT_RELEVANT, null, "I full jobb", null),
                item("PHYSICAL_ACTIVITY", null, null, null, null)));
    }

    @Test
    void bokmaal() {
        assertThat(phrases.phrase(checklist(), WrittenStandard.BOKMAAL)).isEqualTo(
                "Anbefalte tiltak etter nasjonal faglig retningslinje for psykoselidelser: "
                        + "Kognitiv atferdsterapi ved psykose: tilbudt 05.03.2026. "
                        + "Familiesamarbeid: pårørende kontaktet 02.03.2026, dag 1 i forløpet. "
                        + "Flerfamiliegruppe (psykoedukativt familiesamarbeid): tilbudt, pasienten takket nei 09.03.2026 (begrunnelse: Ønsker ikke gruppe nå). "
                        + "Musikkterapi: ikke tilgjengelig ved enheten per 09.03.2026. "
                        + "Individuell jobbstøtte (IPS): ikke aktuelt (begrunnelse: I full jobb).");
    }

    @Test
    void nynorsk() {
        assertThat(phrases.phrase(checklist(), WrittenStandard.NYNORSK))
                .startsWith("Tilrådde tiltak etter nasjonal fagleg retningslinje for psykoselidingar: ")
                .contains(": tilbode 05.03.2026.")
                .contains("pårørande kontakta 02.03.2026, dag 1 i forløpet.")
                .contains(": ikkje aktuelt (grunngiving: I full jobb).");
    }

    @Test
    void nothingRegisteredSaysSo() {
        ChecklistView empty = new ChecklistView(UUID.randomUUID(), 1,
                List.of(item("CBT_PSYCHOSIS", null, null, null, null)));
        assertThat(phrases.phrase(empty, WrittenStandard.BOKMAAL)).isEqualTo("Ingen anbefalte tiltak er registrert ennå.");
    }
}
