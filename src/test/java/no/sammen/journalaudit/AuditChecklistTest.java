package no.sammen.journalaudit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import no.sammen.shared.CatalogChecks.InvalidCatalogException;

import org.junit.jupiter.api.Test;

/** The checklist file shipped, and the start-up check that stops a wrong one naming the item and the field. */
class AuditChecklistTest {

    static final Path FILE = Path.of("src/main/resources/journalaudit/checklist-v1.json");

    private static String shipped() throws IOException {
        return Files.readString(FILE);
    }

    private static AuditChecklist.Read read(String json) {
        return AuditChecklist.read("test.json", new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void theShippedChecklistAsksAboutCollaborationWithRelativesInThreeLanguages() throws IOException {
        AuditChecklist checklist = new AuditChecklist(read(shipped()));
        assertThat(checklist.version()).isEqualTo(1);
        assertThat(checklist.items()).extracting(ChecklistItem::id).containsExactly("CLOSEST_RELATIVE", "RELATIVE_CONTACT",
                "CONFIDENTIALITY", "RELATIVE_EXPERIENCE", "CRISIS_PLAN", "CHILDREN");
        assertThat(checklist.items()).extracting(ChecklistItem::sammen).containsExactly(SammenCounterpart.CLOSEST_RELATIVE,
                SammenCounterpart.RELATIVE_CONTACT, null, null, SammenCounterpart.CRISIS_PLAN, SammenCounterpart.CHILDREN);
        assertThat(checklist.find("CHILDREN").orElseThrow().text(new Locale("nn"))).isEqualTo("Born som pårørande er vurderte");
        assertThat(checklist.minimumApplicable()).isEqualTo(1);
        assertThat(checklist.criteria(Locale.ENGLISH)).contains("every item that applies is answered yes");
    }

    @Test
    void anItemWithoutItsNynorskTextStopsTheStart() throws IOException {
        String broken = shipped().replace("\"nn\": \"Born som pårørande er vurderte\",", "");
        assertThatThrownBy(() -> read(broken)).isInstanceOf(InvalidCatalogException.class)
                .hasMessageContaining("item CHILDREN").hasMessageContaining("texts.nn");
    }

    @Test
    void anUnknownCounterpartARepeatedIdAndAnotherRuleStopTheStart() throws IOException {
        assertThatThrownBy(() -> read(shipped().replace("\"sammen\": \"CHILDREN\"", "\"sammen\": \"KIDS\"")))
                .isInstanceOf(InvalidCatalogException.class).hasMessageContaining("item CHILDREN: sammen");
        assertThatThrownBy(() -> read(shipped().replace("\"id\": \"CHILDREN\"", "\"id\": \"CRISIS_PLAN\"")))
                .isInstanceOf(InvalidCatalogException.class).hasMessageContaining("used");
        assertThatThrownBy(() -> read(shipped().replace("ALL_APPLICABLE_YES", "MOST_YES")))
                .isInstanceOf(InvalidCatalogException.class).hasMessageContaining("meetsCriteria.rule");
        assertThatThrownBy(() -> read(shipped().replace("\"target\": 0.8,", "\"target\": 0.8, \"extra\": 1,")))
                .isInstanceOf(InvalidCatalogException.class);
    }
}
