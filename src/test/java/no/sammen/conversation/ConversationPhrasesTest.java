package no.sammen.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import no.sammen.family.Relation;
import no.sammen.shared.WrittenStandard;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/** The journal texts in both written standards, from the real message bundles. */
class ConversationPhrasesTest {

    static final ConversationPhrases PHRASES = new ConversationPhrases(messages());

    static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasename("messages/messages");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }

    static NetworkParticipant member(Relation relation, String name) {
        return new NetworkParticipant(UUID.randomUUID(), relation, name);
    }

    static ConversationView conversation(ConversationKind kind, List<NetworkParticipant> participants,
            List<ConversationTopic> topics, LocalDate followUp) {
        return new ConversationView(UUID.randomUUID(), UUID.randomUUID(), kind, LocalDate.of(2026, 3, 12),
                participants, "Behandler B.", topics, "Mor er sliten, fnr 15038712486", followUp, 0);
    }

    static final ConversationView WITH_MOTHER = conversation(ConversationKind.RELATIVES,
            List.of(member(Relation.MOTHER, "Kari Nordmann")), List.of(ConversationTopic.CONFIDENTIALITY,
                    ConversationTopic.RELATIVE_EXPERIENCE, ConversationTopic.WARNING_SIGNS),
            LocalDate.of(2026, 3, 26));

    @Test
    void aConversationWithRelativesInBokmaal() {
        assertThat(PHRASES.conversation(WITH_MOTHER, WrittenStandard.BOKMAAL)).isEqualTo(
                "Basissamtale med pårørende (mor) 12.03.2026. Tema: taushetsplikt og informasjonsdeling, "
                        + "pårørendes opplevelse, varseltegn. Avtalt oppfølging 26.03.2026.");
    }

    @Test
    void aConversationWithRelativesInNynorsk() {
        assertThat(PHRASES.conversation(WITH_MOTHER, WrittenStandard.NYNORSK)).isEqualTo(
                "Basissamtale med pårørande (mor) 12.03.2026. Tema: teieplikt og informasjonsdeling, "
                        + "opplevinga til pårørande, varselteikn. Avtalt oppfølging 26.03.2026.");
    }

    @Test
    void aConversationWithBothAndSeveralRelatives() {
        ConversationView both = conversation(ConversationKind.BOTH, List.of(member(Relation.MOTHER, "A"),
                member(Relation.FATHER, "B"), member(Relation.SIBLING, "C"), member(Relation.SIBLING, "D")),
                List.of(ConversationTopic.CRISIS_PLAN, ConversationTopic.TREATMENT_OFFER, ConversationTopic.CHILDREN,
                        ConversationTopic.FOLLOW_UP), null);
        assertThat(PHRASES.conversation(both, WrittenStandard.BOKMAAL)).isEqualTo(
                "Basissamtale med pasient og pårørende (mor, far og søsken) 12.03.2026. Tema: krise- og mestringsplan, "
                        + "behandlingstilbud og tilbud til pårørende, barn som pårørende, videre oppfølging.");
        assertThat(PHRASES.conversation(both, WrittenStandard.NYNORSK)).isEqualTo(
                "Basissamtale med pasient og pårørande (mor, far og sysken) 12.03.2026. Tema: krise- og meistringsplan, "
                        + "behandlingstilbod og tilbod til pårørande, barn som pårørande, vidare oppfølging.");
    }

    @Test
    void aConversationWithThePatient() {
        ConversationView alone = conversation(ConversationKind.PATIENT, List.of(),
                List.of(ConversationTopic.CONFIDENTIALITY), null);
        assertThat(PHRASES.conversation(alone, WrittenStandard.BOKMAAL))
                .isEqualTo("Basissamtale med pasient 12.03.2026. Tema: taushetsplikt og informasjonsdeling.");
        ConversationView withGp = conversation(ConversationKind.PATIENT, List.of(member(Relation.GP, "Dr. X")),
                List.of(ConversationTopic.WARNING_SIGNS), LocalDate.of(2026, 4, 1));
        assertThat(PHRASES.conversation(withGp, WrittenStandard.NYNORSK)).isEqualTo(
                "Basissamtale med pasient 12.03.2026, også til stades: fastlege. Tema: varselteikn. "
                        + "Avtalt oppfølging 01.04.2026.");
    }

    @Test
    void aPhraseHoldsNoNamesNotesOrNationalIds() {
        for (WrittenStandard standard : WrittenStandard.values()) {
            String text = PHRASES.conversation(WITH_MOTHER, standard);
            assertThat(text).doesNotContain("Kari", "Nordmann", "sliten", "15038712486", "Behandler");
        }
    }

    static CrisisPlanView plan(String relativeActions, String madeWithOther, String unitPhone) {
        return new CrisisPlanView(UUID.randomUUID(), UUID.randomUUID(), "Sover lite, trekker seg unna", "Ringer posten",
                relativeActions, List.of(new PhoneContact(ContactKind.UNIT, "Kronstad sengepost", unitPhone),
                        new PhoneContact(ContactKind.PRIMARY_CARE_EMERGENCY, null, "116 117"),
                        new PhoneContact(ContactKind.EMERGENCY, null, "113")),
                "Fastlege 55 00 00 00", List.of(member(Relation.MOTHER, "Kari Nordmann")), madeWithOther,
                LocalDate.of(2026, 3, 12), LocalDate.of(2026, 6, 12), 0);
    }

    @Test
    void aCrisisPlanInBokmaal() {
        assertThat(PHRASES.crisisPlan(plan("Tar kontakt med posten", null, "55 95 00 00"), WrittenStandard.BOKMAAL))
                .isEqualTo("Kriseplan utarbeidet 12.03.2026 i samarbeid med mor. Planen beskriver varseltegn, "
                        + "hva pasienten selv gjør, hva pårørende gjør og hvem som skal kontaktes. Ved krise: "
                        + "Kronstad sengepost 55 95 00 00, legevakt 116 117, medisinsk nødtelefon 113. "
                        + "Planen skal revideres 12.06.2026.");
    }

    @Test
    void aCrisisPlanInNynorsk() {
        assertThat(PHRASES.crisisPlan(plan(null, "kommunal kontaktperson", null), WrittenStandard.NYNORSK))
                .isEqualTo("Kriseplan utarbeidd 12.03.2026 i samarbeid med mor og andre. Planen skildrar varselteikn, "
                        + "kva pasienten sjølv gjer og kven som skal kontaktast. Ved krise: Kronstad sengepost, "
                        + "legevakt 116 117, medisinsk naudtelefon 113. Planen skal reviderast 12.06.2026.");
    }

    @Test
    void aCrisisPlanPhraseHoldsNoNamesOrFreeText() {
        for (WrittenStandard standard : WrittenStandard.values()) {
            assertThat(PHRASES.crisisPlan(plan("Tar kontakt", "kommunal kontaktperson", null), standard))
                    .doesNotContain("Kari", "Sover", "Ringer posten", "Tar kontakt", "kommunal kontaktperson",
                            "55 00 00 00");
        }
    }
}
