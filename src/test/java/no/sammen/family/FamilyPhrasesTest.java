package no.sammen.family;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import no.sammen.shared.WrittenStandard;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/** The journal phrases, word for word, in bokmål and nynorsk. */
class FamilyPhrasesTest {

    private static final UUID COURSE = UUID.randomUUID();
    private static final LocalDateTime MARCH_12 = LocalDateTime.of(2026, 3, 12, 14, 30);

    private final FamilyPhrases phrases = new FamilyPhrases(messages());

    private final NetworkMemberView mother = member(Relation.MOTHER, "Kari", true);
    private final NetworkMemberView father = member(Relation.FATHER, "Far", false);
    private final NetworkMemberView gp = member(Relation.GP, "Dr. Lien", false);

    static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasename("messages/messages");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }

    static NetworkMemberView member(Relation relation, String name, boolean closest) {
        return new NetworkMemberView(UUID.randomUUID(), COURSE, relation, name, null, closest, 0);
    }

    private RelativeContactView contact(ContactChannel channel, boolean first, NetworkMemberView... members) {
        return new RelativeContactView(UUID.randomUUID(), COURSE, MARCH_12, channel, "NN",
                java.util.Arrays.stream(members).map(NetworkMemberView::id).collect(java.util.stream.Collectors.toSet()),
                1, first);
    }

    @Test
    void firstContactInBokmaalAndNynorsk() {
        RelativeContactView first = contact(ContactChannel.PHONE, true, mother);
        List<NetworkMemberView> network = List.of(mother, father, gp);
        assertThat(phrases.contact(first, network, WrittenStandard.BOKMAAL))
                .isEqualTo("Første kontakt med pårørende (mor) 12.03.2026 kl. 14.30 per telefon, ved NN.");
        assertThat(phrases.contact(first, network, WrittenStandard.NYNORSK))
                .isEqualTo("Første kontakt med pårørande (mor) 12.03.2026 kl. 14.30 per telefon, ved NN.");
    }

    @Test
    void laterContactsWithSeveralRelativesAndALetterWithoutRecipient() {
        List<NetworkMemberView> network = List.of(mother, father);
        RelativeContactView meeting = new RelativeContactView(UUID.randomUUID(), COURSE, MARCH_12,
                ContactChannel.MEETING, "Ola Hansen", new java.util.LinkedHashSet<>(List.of(mother.id(), father.id())),
                1, false);
        assertThat(phrases.contact(meeting, network, WrittenStandard.BOKMAAL))
                .isEqualTo("Kontakt med pårørende (mor og far) 12.03.2026 kl. 14.30 i møte, ved Ola Hansen.");
        RelativeContactView letter = contact(ContactChannel.LETTER, true);
        assertThat(phrases.contact(letter, network, WrittenStandard.BOKMAAL))
                .isEqualTo("Første kontakt med pårørende 12.03.2026 kl. 14.30 per brev, ved NN.");
        assertThat(phrases.contact(letter, network, WrittenStandard.NYNORSK))
                .isEqualTo("Første kontakt med pårørande 12.03.2026 kl. 14.30 per brev, ved NN.");
    }

    @Test
    void consentGivenPartlyGivenNotGivenAndWithdrawn() {
        LocalDate given = LocalDate.of(2026, 3, 12);
        ConsentView full = consent(ConsentStatus.GIVEN, null, given, null);
        assertThat(phrases.consent(full, mother, WrittenStandard.BOKMAAL))
                .isEqualTo("Samtykke til informasjonsdeling med Kari (mor) gitt 12.03.2026.");
        assertThat(phrases.consent(full, mother, WrittenStandard.NYNORSK))
                .isEqualTo("Samtykke til informasjonsdeling med Kari (mor) gitt 12.03.2026.");

        ConsentView partial = consent(ConsentStatus.PARTIAL, "innleggelse og utskriving", given, null);
        assertThat(phrases.consent(partial, father, WrittenStandard.BOKMAAL)).isEqualTo(
                "Samtykke til informasjonsdeling med far delvis gitt 12.03.2026. Kan deles: innleggelse og utskriving.");
        assertThat(phrases.consent(partial, father, WrittenStandard.NYNORSK)).isEqualTo(
                "Samtykke til informasjonsdeling med far delvis gitt 12.03.2026. Kan delast: innleggelse og utskriving.");

        ConsentView refused = consent(ConsentStatus.NOT_GIVEN, null, given, null);
        assertThat(phrases.consent(refused, gp, WrittenStandard.BOKMAAL))
                .isEqualTo("Samtykke til informasjonsdeling med Dr. Lien (fastlege) ikke gitt 12.03.2026.");
        assertThat(phrases.consent(refused, gp, WrittenStandard.NYNORSK))
                .isEqualTo("Samtykke til informasjonsdeling med Dr. Lien (fastlege) ikkje gitt 12.03.2026.");

        ConsentView withdrawn = consent(ConsentStatus.GIVEN, null, given, LocalDate.of(2026, 3, 20));
        assertThat(phrases.consent(withdrawn, mother, WrittenStandard.BOKMAAL)).isEqualTo(
                "Samtykke til informasjonsdeling med Kari (mor) gitt 12.03.2026. Samtykket ble trukket tilbake 20.03.2026.");
        assertThat(phrases.consent(withdrawn, mother, WrittenStandard.NYNORSK)).isEqualTo(
                "Samtykke til informasjonsdeling med Kari (mor) gitt 12.03.2026. Samtykket vart trekt tilbake 20.03.2026.");
    }

    @Test
    void networkSummaryWithMembersAndChildren() {
        FamilyStateView state = new FamilyStateView(COURSE, false,
                new MinorChildren(LocalDate.of(2026, 3, 12), 2, List.of(4, 9), ChildNeeds.NOT_YET), 0L);
        assertThat(phrases.networkSummary(state, List.of(mother, father, gp), WrittenStandard.BOKMAAL)).isEqualTo(
                "Nettverkskart. Privat nettverk: Kari (mor, nærmeste pårørende), far. Offentlig nettverk: Dr. Lien "
                        + "(fastlege). Pasienten har 2 mindreårige barn, 4 og 9 år (spurt 12.03.2026). Barnas behov for "
                        + "informasjon og oppfølging er ikke ivaretatt ennå.");
        assertThat(phrases.networkSummary(state, List.of(mother, father, gp), WrittenStandard.NYNORSK)).isEqualTo(
                "Nettverkskart. Privat nettverk: Kari (mor, nærmaste pårørande), far. Offentleg nettverk: Dr. Lien "
                        + "(fastlege). Pasienten har 2 mindreårige barn, 4 og 9 år (spurd 12.03.2026). Behovet til barna "
                        + "for informasjon og oppfølging er ikkje vareteke enno.");
    }

    @Test
    void networkSummaryWithNoNetworkAndChildrenNotAskedOrNone() {
        FamilyStateView none = new FamilyStateView(COURSE, true, MinorChildren.NOT_ASKED, 0L);
        assertThat(phrases.networkSummary(none, List.of(), WrittenStandard.BOKMAAL)).isEqualTo(
                "Nettverkskart. Pasienten har ingen pårørende eller privat nettverk. "
                        + "Pasienten er ikke spurt om mindreårige barn ennå.");
        assertThat(phrases.networkSummary(none, List.of(gp), WrittenStandard.NYNORSK)).isEqualTo(
                "Nettverkskart. Pasienten har ingen pårørande eller privat nettverk. Offentleg nettverk: Dr. Lien "
                        + "(fastlege). Pasienten er ikkje spurd om mindreårige barn enno.");
        FamilyStateView noChildren = new FamilyStateView(COURSE, false,
                new MinorChildren(LocalDate.of(2026, 3, 1), 0, List.of(), null), 1L);
        assertThat(phrases.networkSummary(noChildren, List.of(), WrittenStandard.BOKMAAL)).isEqualTo(
                "Nettverkskart. Privat nettverk: ingen registrert. Offentlig nettverk: ingen registrert. "
                        + "Pasienten har ikke mindreårige barn (spurt 01.03.2026).");
        FamilyStateView oneChild = new FamilyStateView(COURSE, false,
                new MinorChildren(LocalDate.of(2026, 3, 1), 1, List.of(7), ChildNeeds.YES), 1L);
        assertThat(phrases.networkSummary(oneChild, List.of(), WrittenStandard.NYNORSK)).endsWith(
                "Pasienten har eitt mindreårig barn, 7 år (spurd 01.03.2026). Behovet til barnet for informasjon og "
                        + "oppfølging er vareteke.");
    }

    @Test
    void aNationalIdTypedIntoFreeTextNeverReachesAPhrase() {
        NetworkMemberView careless = member(Relation.SIBLING, "Per 01017012345", false);
        ConsentView consent = consent(ConsentStatus.PARTIAL, "alt unntatt 01017012345", LocalDate.of(2026, 3, 12), null);
        String text = phrases.consent(consent, careless, WrittenStandard.BOKMAAL);
        assertThat(text).doesNotContain("01017012345").contains("***********");
        RelativeContactView contact = new RelativeContactView(UUID.randomUUID(), COURSE, MARCH_12,
                ContactChannel.PHONE, "NN 010170 12345", Set.of(careless.id()), 0, true);
        assertThat(phrases.contact(contact, List.of(careless), WrittenStandard.NYNORSK))
                .doesNotContain("12345").contains("(sysken)");
    }

    @Test
    void relativesAreNamedByRelationForOtherModules() {
        assertThat(phrases.relatives(List.of(mother), WrittenStandard.BOKMAAL)).isEqualTo("mor");
        assertThat(phrases.relatives(List.of(mother, father, member(Relation.SIBLING, "Ida", false)),
                WrittenStandard.NYNORSK)).isEqualTo("mor, far og sysken");
        assertThat(phrases.relation(Relation.FRIEND, WrittenStandard.NYNORSK)).isEqualTo("ven");
    }

    private static ConsentView consent(ConsentStatus status, String scope, LocalDate given, LocalDate withdrawn) {
        return new ConsentView(UUID.randomUUID(), COURSE, UUID.randomUUID(), status, scope, given, withdrawn,
                Instant.now(), true, 0);
    }
}
