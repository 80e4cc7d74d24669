package no.sammen.survey;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The aggregated results as CSV (RFC 4180): one line per round or year total and item, hidden figures left
 * empty with the reason. Never a single answer, never a free text.
 */
final class SurveyCsv {

    static final List<String> HEADER = List.of("unit", "questionnaire", "version", "round", "opens_on", "closes_on",
            "year", "in_progress", "answers", "item", "answered", "distribution", "favourable", "counted", "share",
            "lower95", "upper95", "suppressed");

    private SurveyCsv() {
    }

    static String write(String unitName, SurveyResults.UnitResults results) {
        StringBuilder out = new StringBuilder();
        line(out, HEADER);
        List<RoundResultView> all = new ArrayList<>(results.rounds());
        all.addAll(results.years());
        for (RoundResultView r : all) {
            for (ItemResultView i : r.items()) {
                line(out, List.of(unitName, r.questionnaire(), Integer.toString(r.questionnaireVersion()),
                        r.round() == null ? "" : r.round().id().toString(),
                        r.round() == null ? "" : r.round().opensOn().toString(),
                        r.round() == null ? "" : r.round().closesOn().toString(),
                        r.year() == null ? "" : r.year().toString(), Boolean.toString(r.inProgress()),
                        text(r.answers()), i.itemId(), text(i.answered()),
                        i.distribution() == null ? "" : String.join(" ", i.distribution().entrySet().stream()
                                .map(e -> e.getKey() + "=" + e.getValue()).toList()),
                        text(i.favourable()), text(i.counted()), number(i.share()), number(i.lower()),
                        number(i.upper()), i.hidden() ? i.suppression().name() : ""));
            }
        }
        return out.toString();
    }

    private static String text(Integer value) {
        return value == null ? "" : value.toString();
    }

    private static String number(Double value) {
        return value == null ? "" : String.format(Locale.ROOT, "%.4f", value);
    }

    private static void line(StringBuilder out, List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            String f = fields.get(i);
            out.append(f.indexOf(',') < 0 && f.indexOf('"') < 0 && f.indexOf('\n') < 0 && f.indexOf('\r') < 0 ? f
                    : '"' + f.replace("\"", "\"\"") + '"');
        }
        out.append("\r\n");
    }
}
