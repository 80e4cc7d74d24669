package no.sammen.medicationfree;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import no.sammen.shared.WrittenStandard;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/** The journal phrases, word for word, in both written standards. */
class MedicationFreePhrasesTest {

    final MedicationFreePhrases phrases = new MedicationFreePhrases(messages());

    static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasename("messages/messages");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }

    static AssessmentView assessment(boolean capacity, String note) {
        return new AssessmentView(UUID.randomUUID(), UUID.randomUUID(), LocalDate.of(2026, 3, 12), "Ingrid Haugland",
                "F20.0", true, true, true, true, capacity, true, capacity, note, Instant.now(),
                capacity ? List.of() : List.of("capacityToConsent"));
    }

    @Test
    void aMetAssessmentInBokmaal() {
        assertThat(phrases.phrase(assessment(true, null), WrittenStandard.BOKMAAL)).isEqualTo(
                "Vurdert for medikamentfritt behandlingsforløp 12.03.2026. Oppfylt: psykoselidelse (F20.0); frivillig"
                        + " behandling; pasienten ønsker å jobbe aktivt mot tilfriskning gjennom primært"
                        + " ikke-medikamentelle metoder; behandler vurderer det som faglig forsvarlig; pasienten forstår"
                        + " hva valget innebærer (samtykkekompetanse); pasienten er ikke i fare for seg selv eller"
                        + " andre. Alle kriteriene er oppfylt, og pasienten går over i medikamentfritt behandlingsforløp.");
    }

    @Test
    void anUnmetAssessmentInNynorskNamesTheCriterionAndMasksANationalId() {
        String phrase = phrases.phrase(assessment(false, "Ny vurdering om to veker, 01017012345."),
                WrittenStandard.NYNORSK);
        assertThat(phrase).contains("Ikkje oppfylt: pasienten forstår kva valet inneber (samtykkekompetanse).")
                .contains("Medikamentfritt behandlingsforløp er difor ikkje valt no.")
                .doesNotContain("01017012345");
    }

    @Test
    void aChangeUnderCompulsoryCareWithItsReason() {
        PathwayChangeView change = new PathwayChangeView(UUID.randomUUID(), UUID.randomUUID(),
                LocalDate.of(2026, 4, 2), "Ingrid Haugland", "COMPULSORY_CONTINUED", "Kort innlegging", Instant.now());
        assertThat(phrases.phrase(change, WrittenStandard.BOKMAAL)).isEqualTo("Pasienten er fra 02.04.2026 under"
                + " tvungent psykisk helsevern. Det medikamentfrie behandlingsforløpet fortsetter."
                + " Begrunnelse: Kort innlegging");
    }
}
