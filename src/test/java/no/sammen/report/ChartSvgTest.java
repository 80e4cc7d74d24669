package no.sammen.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * Four subgroups on a plot 576 wide and 204 high, starting at (48, 16): subgroup i is centred at
 * x = 48 + (i + 0.5) × 144, and a proportion v sits at y = 16 + (1 − v) × 204.
 */
class ChartSvgTest {

    private static final ChartSvg.Texts TEXTS = new ChartSvg.Texts("Run chart <K1> & co", "Four months", "Target 80 %",
            "Runs signal", "No values");

    @Test
    void drawsPointsDataLineCentreLinesTargetAndPhaseSplitAtTheExpectedCoordinates() {
        List<ChartSvg.Point> points = List.of(
                new ChartSvg.Point("01.25", 0.5, 0.5, null, null, false, false, "before"),
                new ChartSvg.Point("02.25", 0.25, 0.5, null, null, false, false, "before"),
                new ChartSvg.Point("03.25", null, 0.75, null, null, false, true, "after"),
                new ChartSvg.Point("04.25", 1.0, 0.75, null, null, true, true, "after"));

        String svg = ChartSvg.render("c1", points, 0.8, TEXTS);

        assertThat(svg).startsWith("<svg").contains("role=\"img\"").contains("aria-labelledby=\"c1-title c1-desc\"")
                .contains("<title id=\"c1-title\">Run chart &lt;K1&gt; &amp; co</title>")
                .contains("<desc id=\"c1-desc\">Four months</desc>").endsWith("</svg>");
        assertThat(svg).contains("<circle class=\"point\" cx=\"120.0\" cy=\"118.0\" r=\"3\"/>")
                .contains("<circle class=\"point\" cx=\"264.0\" cy=\"169.0\" r=\"3\"/>")
                .contains("<circle class=\"point sigma-signal\" cx=\"552.0\" cy=\"16.0\" r=\"5\"/>");
        assertThat(svg.split("<circle", -1)).hasSize(4); // no point for the missing value
        // The data line breaks at the missing value.
        assertThat(svg).contains("<path class=\"data\" d=\"M120.0 118.0 L264.0 169.0 M552.0 16.0\"/>");
        // One centre line per phase; the second phase has a runs signal, drawn dashed with a note.
        assertThat(svg).contains("<path class=\"centre\" d=\"M48.0 118.0 L192.0 118.0 L192.0 118.0 L336.0 118.0\"/>")
                .contains("<path class=\"centre runs-signal\" d=\"M336.0 67.0 L480.0 67.0 L480.0 67.0 L624.0 67.0\"/>")
                .contains(">Runs signal</text>");
        // Target 0.8 at y = 16 + 0.2 × 204 = 56.8, across the plot.
        assertThat(svg).contains("<line class=\"target\" x1=\"48.0\" y1=\"56.8\" x2=\"624.0\" y2=\"56.8\"/>")
                .contains(">Target 80 %</text>");
        // The phase split lies halfway between the second and third subgroups.
        assertThat(svg).contains("<line class=\"phase-split\" x1=\"336.0\" y1=\"16.0\" x2=\"336.0\" y2=\"220.0\"/>");
        assertThat(svg).doesNotContain("class=\"limit\"").doesNotContain("No values");
    }

    @Test
    void saysSoWhenThereIsNoValueToDraw() {
        List<ChartSvg.Point> points = List.of(new ChartSvg.Point("a", null, null, null, null, false, false, null),
                new ChartSvg.Point("b", null, null, null, null, false, false, null));
        assertThat(ChartSvg.render("c3", points, 0.8, TEXTS))
                .contains("<text class=\"no-values\" x=\"336.0\" y=\"118.0\" text-anchor=\"middle\">No values</text>")
                .doesNotContain("<circle").doesNotContain("class=\"data\"");
    }

    @Test
    void drawsLimitsAsStepsAndBreaksThemWhereALimitIsMissing() {
        List<ChartSvg.Point> points = List.of(
                new ChartSvg.Point("a", 0.5, 0.5, 0.25, 0.75, false, false, null),
                new ChartSvg.Point("b", 0.5, 0.5, 0.0, 1.0, false, false, null),
                new ChartSvg.Point("c", 0.5, 0.5, null, null, false, false, null),
                new ChartSvg.Point("d", 0.5, 0.5, 0.25, 0.75, false, false, null));

        String svg = ChartSvg.render("c2", points, null, TEXTS);

        assertThat(svg).contains("<path class=\"limit\" d=\"M48.0 67.0 L192.0 67.0 L192.0 16.0 L336.0 16.0 M480.0 67.0 L624.0 67.0\"/>")
                .contains("<path class=\"limit\" d=\"M48.0 169.0 L192.0 169.0 L192.0 220.0 L336.0 220.0 M480.0 169.0 L624.0 169.0\"/>")
                .doesNotContain("class=\"target\"").doesNotContain("phase-split").doesNotContain("runs-signal");
    }

    @Test
    void aStandaloneChartCarriesItsStylesAndItsDescriptionAsAltAndIsOtherwiseTheSame() {
        List<ChartSvg.Point> points = List.of(new ChartSvg.Point("a", 0.5, 0.5, null, null, false, false, null));
        String svg = ChartSvg.render("c4", points, 0.8, TEXTS);

        String standalone = ChartSvg.standalone(svg, "'Liberation Sans'");

        assertThat(standalone).startsWith("<svg alt=\"Four months\" xmlns=")
                .contains("<desc id=\"c4-desc\">Four months</desc>\n<style type=\"text/css\">\n"
                + ".spc-chart { font-family: 'Liberation Sans'; }\n" + ChartSvg.STYLE + "</style>\n");
        assertThat(standalone.replaceFirst("(?s)<style.*</style>\n", "").replaceFirst(" alt=\"[^\"]*\"", ""))
                .isEqualTo(svg);
    }

    /** The PDF's charts must look like the page's: every chart rule of the page, with its colours resolved. */
    @Test
    void theStandaloneStylesAreThePagesChartRulesWithTheColoursResolved() throws IOException {
        String css = Files.readString(Path.of("src/main/resources/static/css/sammen.css"));
        Map<String, String> variables = new LinkedHashMap<>();
        Matcher root = Pattern.compile("--([\\w-]+):\\s*([^;]+);").matcher(css.substring(0, css.indexOf('}')));
        while (root.find()) {
            variables.put(root.group(1), root.group(2).strip());
        }
        Map<String, String> page = new LinkedHashMap<>();
        for (Map.Entry<String, String> rule : rules(css).entrySet()) {
            if (rule.getKey().startsWith(".spc-chart .")) {
                String declarations = rule.getValue();
                for (Map.Entry<String, String> variable : variables.entrySet()) {
                    declarations = declarations.replace("var(--" + variable.getKey() + ")", variable.getValue());
                }
                page.put(rule.getKey(), declarations);
            }
        }
        assertThat(page).hasSizeGreaterThanOrEqualTo(10);
        assertThat(rules(ChartSvg.STYLE)).containsExactlyInAnyOrderEntriesOf(page);
    }

    /** Selector to declarations (normalised), for rules written on one line. */
    private static Map<String, String> rules(String css) {
        Map<String, String> rules = new LinkedHashMap<>();
        Matcher m = Pattern.compile("(?m)^\\s*([^{}@\\n]+?)\\s*\\{([^}]*)}").matcher(css);
        while (m.find()) {
            rules.put(m.group(1).strip(), m.group(2).strip().replaceAll("\\s+", " "));
        }
        return rules;
    }
}
