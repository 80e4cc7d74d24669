package no.sammen.competence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import no.sammen.organisation.Profession;
import no.sammen.organisation.UnitType;
import no.sammen.shared.CatalogChecks.InvalidCatalogException;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

class PlanCatalogTest {

    static PlanCatalog.CatalogFile shipped() throws IOException {
        try (InputStream in = new ClassPathResource("competence/plans-v1.json").getInputStream()) {
            return PlanCatalog.read("plans-v1.json", in);
        }
    }

    static PlanCatalog.CatalogFile shippedV2() throws IOException {
        try (InputStream in = new ClassPathResource("competence/plans-v2.json").getInputStream()) {
            return PlanCatalog.read("plans-v2.json", in);
        }
    }

    static String read() throws IOException {
        return new String(new ClassPathResource("competence/plans-v1.json").getInputStream().readAllBytes(),
                StandardCharsets.UTF_8);
    }

    static PlanCatalog.CatalogFile read(String json) {
        return PlanCatalog.read("test.json", new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void theBispTemplateIsTheSeedsPlanWithTheThreeConversationsCounted() throws IOException {
        PlanCatalog.Template bisp = shipped().templates().stream().filter(t -> t.id().equals("BISP")).findFirst()
                .orElseThrow();
        assertThat(bisp.items()).extracting(PlanCatalog.Item::id).containsExactly("ELEARNING_FAMILY_COLLABORATION",
                "WEB_GUIDE_THREE_CONVERSATIONS", "INTERNAL_TEACHING", "VR_SIMULATION", "CONVERSATION_PATIENT",
                "CONVERSATION_RELATIVES", "CONVERSATION_BOTH");
        assertThat(bisp.items().subList(4, 7)).allMatch(i -> i.counted() != null && i.kind() == ItemKind.PRACTICE);
        assertThat(bisp.professions()).isEmpty();
    }

    @Test
    void theFirstFittingTemplateIsTheStaffMembersPlan() throws IOException {
        PlanCatalog.CatalogFile file = shipped();
        assertThat(file.templates().stream().filter(t -> t.fits(Profession.NURSE, UnitType.INPATIENT)).findFirst()
                .orElseThrow().id()).isEqualTo("BISP_PEF");
        assertThat(file.templates().stream().filter(t -> t.fits(Profession.NURSE, UnitType.OUTPATIENT)).findFirst()
                .orElseThrow().id()).isEqualTo("BISP");
    }

    @Test
    void aPracticeItemWithoutItsCountIsRefusedNamingTheItem() throws IOException {
        String json = read().replaceFirst("\"counted\": \\{\\s*\"source\": \"CONVERSATION_PATIENT\",\\s*\"times\": 1\\s*}",
                "\"counted\": null");
        assertThatThrownBy(() -> read(json)).isInstanceOf(InvalidCatalogException.class)
                .hasMessageContaining("item CONVERSATION_PATIENT: counted is missing");
    }

    @Test
    void aCourseItemWithACountIsRefused() throws IOException {
        String json = read().replaceFirst("\"kind\": \"E_LEARNING\"", "\"kind\": \"PRACTICE\"");
        assertThatThrownBy(() -> read(json)).isInstanceOf(InvalidCatalogException.class)
                .hasMessageContaining("item ELEARNING_FAMILY_COLLABORATION: counted is missing");
    }

    @Test
    void aMissingLanguageIsRefused() throws IOException {
        String json = read().replaceFirst("\"en\": \"The e-learning course[^\"]*\"", "\"de\": \"Kurs\"");
        assertThatThrownBy(() -> read(json)).isInstanceOf(InvalidCatalogException.class)
                .hasMessageContaining("names.en is missing");
    }

    @Test
    void anItemSharedByTwoTemplatesMustMeanTheSame() throws IOException {
        String json = read().replaceFirst("\"confirmedByLeader\": true", "\"confirmedByLeader\": false");
        assertThatThrownBy(() -> read(json)).isInstanceOf(InvalidCatalogException.class)
                .hasMessageContaining("is used by another template");
    }

    @Test
    void theSecondVersionKeepsEveryItemOfTheFirstWithItsMeaningAndAddsContactsAndMeetings() throws IOException {
        PlanCatalog.CatalogFile v1 = shipped();
        PlanCatalog.CatalogFile v2 = shippedV2();
        assertThat(v2.version()).isEqualTo(2);
        for (PlanCatalog.Template before : v1.templates()) {
            PlanCatalog.Template after = v2.templates().stream().filter(t -> t.id().equals(before.id())).findFirst()
                    .orElseThrow();
            assertThat(after.version()).isEqualTo(before.version() + 1);
            assertThat(after.items().subList(0, before.items().size())).isEqualTo(before.items());
            assertThat(after.items().subList(before.items().size(), after.items().size()))
                    .extracting(i -> i.counted().source(), i -> i.counted().times())
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(PracticeSource.RELATIVES_CONTACTED, 3),
                            org.assertj.core.groups.Tuple.tuple(PracticeSource.NETWORK_MEETING_TAKEN_PART, 2));
        }
    }

    @Test
    void inTheSecondVersionDayRehabilitationStaffGetTheImrPlanWithFiveSessionsHeld() throws IOException {
        PlanCatalog.CatalogFile v2 = shippedV2();
        PlanCatalog.Template imr = v2.templates().stream().filter(t -> t.fits(Profession.PSYCHIATRIST,
                UnitType.DAY_REHABILITATION)).findFirst().orElseThrow();
        assertThat(imr.id()).isEqualTo("BISP_IMR");
        assertThat(imr.items()).filteredOn(i -> i.id().equals("IMR_SESSIONS")).singleElement()
                .satisfies(i -> assertThat(i.counted()).isEqualTo(new PlanCatalog.Counted(
                        PracticeSource.IMR_SESSION_HELD, 5)));
        assertThat(v2.templates().stream().filter(t -> t.fits(Profession.NURSE, UnitType.OUTPATIENT)).findFirst()
                .orElseThrow().id()).isEqualTo("BISP");
        assertThat(v2.templates().stream().filter(t -> t.fits(Profession.NURSE, UnitType.INPATIENT)).findFirst()
                .orElseThrow().id()).isEqualTo("BISP_PEF");
    }
}
