package no.sammen.imr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import no.sammen.shared.CatalogChecks.InvalidCatalogException;

import org.junit.jupiter.api.Test;

class ImrCurriculumTest {

    static String shipped() throws IOException {
        try (InputStream in = ImrCurriculumTest.class.getResourceAsStream("/imr/curriculum-v1.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static ImrCurriculum.Read read(String json) {
        return ImrCurriculum.read("test.json", new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void theShippedCurriculumHasTheElevenStandardModulesInThreeLanguages() throws IOException {
        ImrCurriculum.Read curriculum = read(shipped());
        assertThat(curriculum.modules()).hasSize(11);
        assertThat(curriculum.modules().get(0).id()).isEqualTo("RECOVERY_STRATEGIES");
        assertThat(curriculum.modules().get(2).name(Locale.forLanguageTag("nn"))).isEqualTo("Stress-sårbarheitsmodellen");
        assertThat(curriculum.modules().get(10).name(Locale.ENGLISH)).isEqualTo("Healthy lifestyles");
    }

    @Test
    void aMistakeStopsTheStartNamingTheModuleAndField() throws IOException {
        String missingNynorsk = shipped().replace("\"nn\": \"Rusmiddel og alkohol\",", "");
        assertThatThrownBy(() -> read(missingNynorsk)).isInstanceOf(InvalidCatalogException.class)
                .hasMessageContaining("module DRUGS_AND_ALCOHOL").hasMessageContaining("names.nn");
        String twice = shipped().replace("\"id\": \"HEALTHY_LIFESTYLES\"", "\"id\": \"NEEDS_MET\"");
        assertThatThrownBy(() -> read(twice)).hasMessageContaining("is used twice");
        String unknownField = shipped().replaceFirst("\"number\": 1,", "\"number\": 1, \"colour\": \"red\",");
        assertThatThrownBy(() -> read(unknownField)).isInstanceOf(InvalidCatalogException.class);
        String outOfOrder = shipped().replaceFirst("\"number\": 2,", "\"number\": 3,");
        assertThatThrownBy(() -> read(outOfOrder)).hasMessageContaining("module PRACTICAL_FACTS: number");
    }
}
