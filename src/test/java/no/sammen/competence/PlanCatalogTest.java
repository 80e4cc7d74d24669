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
}
