package no.sammen.fidelity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

import no.sammen.groupprogramme.GroupProgrammeFigures;
import no.sammen.imr.ImrFigures;
import no.sammen.shared.CatalogChecks.InvalidCatalogException;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

/** The scales file as shipped, and the messages a mistake in it gives. */
class FidelityScalesTest {

    private static String shipped() throws IOException {
        try (InputStream in = new ClassPathResource(FidelityScales.FILE).getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static FidelityScales.ScalesFile read(UnaryOperator<String> change) throws IOException {
        return FidelityScales.read("test.json",
                new ByteArrayInputStream(change.apply(shipped()).getBytes(StandardCharsets.UTF_8)),
                FidelityRuleSet.COMPUTED);
    }

    @Test
    void theShippedScalesHaveTheirItemsAndEveryRuleItsItem() throws IOException {
        FidelityScales scales = new FidelityScales();
        assertThat(scales.version()).isEqualTo(1);
        FidelityScales.Scale imr = scales.scale("IMR");
        assertThat(imr.items()).hasSize(13);
        assertThat(imr.items()).allMatch(i -> i.origin() == FidelityScales.Origin.SCALE);
        FidelityScales.Scale pef = scales.scale("PEF");
        assertThat(pef.items().stream().filter(i -> i.origin() == FidelityScales.Origin.SCALE)).hasSize(14);
        assertThat(scales.scales().stream().flatMap(s -> s.items().stream()).filter(FidelityScales.Item::computed)
                .map(FidelityScales.Item::id)).containsExactlyInAnyOrderElementsOf(FidelityRuleSet.COMPUTED);
    }

    @Test
    void everyComputedItemHasExactlyOneRuleResult() {
        LocalDate day = LocalDate.of(2026, 1, 1);
        Map<String, ItemScore> imr = FidelityRuleSet.imr(new ImrFigures.Activity(List.of(), List.of(), List.of()),
                new GroupProgrammeFigures.Activity(List.of(), List.of(), List.of()), Map.of(), day, day.plusMonths(6));
        Map<String, ItemScore> pef = FidelityRuleSet.pef(
                new GroupProgrammeFigures.Activity(List.of(), List.of(), List.of()), day, day.plusMonths(6));
        assertThat(Set.copyOf(imr.keySet())).hasSize(5);
        assertThat(Set.copyOf(pef.keySet())).hasSize(6);
        assertThat(imr.keySet()).doesNotContainAnyElementsOf(pef.keySet());
        assertThat(imr.size() + pef.size()).isEqualTo(FidelityRuleSet.COMPUTED.size());
        assertThat(imr.values()).allMatch(ItemScore::tooLittleData);
    }

    @Test
    void aMistakeNamesTheFileTheItemAndTheField() {
        assertThatThrownBy(() -> read(s -> s.replaceFirst("\"en\": \"Programme length\"", "\"en\": \" \"")))
                .isInstanceOf(InvalidCatalogException.class)
                .hasMessageContaining("test.json, scale IMR, item IMR_PROGRAMME_LENGTH: name.en is missing");
        assertThatThrownBy(() -> read(s -> s.replaceFirst("\"number\": 2,", "\"number\": 3,")))
                .hasMessageContaining("item IMR_PROGRAMME_LENGTH: number must be 2");
        assertThatThrownBy(() -> read(s -> s.replaceFirst("\"id\": \"IMR_HANDOUTS\"", "\"id\": \"IMR_CURRICULUM\"")))
                .hasMessageContaining("item IMR_CURRICULUM: id is used twice");
        assertThatThrownBy(() -> read(s -> s.replaceFirst("\"bands\": \"IMR_SHARE\"", "\"bands\": \"HALF\"")))
                .hasMessageContaining("test.json");
        assertThatThrownBy(() -> read(s -> s.replaceFirst("\"wording\"", "\"x\"").replaceFirst("\"origin\": \"SCALE\",",
                "\"origin\": \"SCALE\", \"unknown\": 1,")))
                .hasMessageContaining("unknown");
    }

    @Test
    void aComputedItemNeedsARuleInTheCodeAndEveryRuleItsComputedItem() {
        assertThatThrownBy(() -> FidelityScales.read("test.json",
                new ByteArrayInputStream(shipped().getBytes(StandardCharsets.UTF_8)), Set.of("IMR_GROUP_SIZE")))
                .hasMessageContaining("item IMR_PROGRAMME_LENGTH: computed is true, but Sammen has no rule");
        Set<String> more = new java.util.HashSet<>(FidelityRuleSet.COMPUTED);
        more.add("IMR_HANDOUTS");
        assertThatThrownBy(() -> FidelityScales.read("test.json",
                new ByteArrayInputStream(shipped().getBytes(StandardCharsets.UTF_8)), more))
                .hasMessageContaining("item IMR_HANDOUTS: computed is false, but Sammen has a rule");
        assertThatThrownBy(() -> read(s -> s.replaceFirst("\"computed\": false", "\"computed\": true")))
                .hasMessageContaining("item IMR_HANDOUTS: rule");
    }
}
