package no.sammen.indicator;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/** Export rows as CSV by RFC 4180: comma-separated, CRLF line ends, fields quoted when they need it. */
final class IndicatorCsv {

    static final List<String> HEADER = List.of("unit", "period", "indicator", "numerator", "denominator", "value",
            "level", "cl", "lcl", "ucl", "signals", "organisation_level", "provisional", "phase",
            "excluded_after_window", "catalog_version");

    private IndicatorCsv() {
    }

    /**
     * The header of a count indicator's CSV (ADR 0032): {@code count} is the indicator's value, followed by one
     * column per part (e.g. {@code individual}, {@code group}); {@code in_use} false leaves the count empty.
     */
    static List<String> countHeader(List<String> parts) {
        List<String> header = new java.util.ArrayList<>(List.of("unit", "period", "indicator", "count"));
        parts.forEach(p -> header.add(p.toLowerCase(java.util.Locale.ROOT)));
        header.addAll(List.of("in_use", "goal", "cl", "lcl", "ucl", "signals", "organisation_level", "provisional",
                "catalog_version"));
        return header;
    }

    static String writeCounts(List<String> parts, List<CountExportRow> rows) {
        StringBuilder out = new StringBuilder();
        line(out, countHeader(parts));
        for (CountExportRow r : rows) {
            List<String> fields = new java.util.ArrayList<>(List.of(
                    r.orgLevel() == OrgLevel.REGION ? "region" : text(r.unitName()), r.periodStart().toString(),
                    r.indicatorId(), text(r.count())));
            parts.forEach(p -> fields.add(text(r.parts().get(p))));
            fields.addAll(List.of(String.valueOf(r.inUse()), text(r.goal()), text(r.cl()), text(r.lcl()),
                    text(r.ucl()), text(r.signals()), r.orgLevel().name(), String.valueOf(r.provisional()),
                    String.valueOf(r.catalogVersion())));
            line(out, fields);
        }
        return out.toString();
    }

    static String write(List<IndicatorExportRow> rows) {
        StringBuilder out = new StringBuilder();
        line(out, HEADER);
        for (IndicatorExportRow r : rows) {
            line(out, List.of(r.orgLevel() == OrgLevel.REGION ? "region" : text(r.unitName()), r.periodStart().toString(), r.indicatorId(), text(r.numerator()),
                    text(r.denominator()), text(r.value()), text(r.level()), text(r.cl()), text(r.lcl()),
                    text(r.ucl()), text(r.signals()), r.orgLevel().name(), String.valueOf(r.provisional()),
                    text(r.phase()), text(r.excludedAfterWindow()), text(r.catalogVersion())));
        }
        return out.toString();
    }

    /** A field as RFC 4180 wants it: quoted, with quotes doubled, when it holds a comma, quote or line break. */
    static String field(String value) {
        if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0
                && value.indexOf('\r') < 0) {
            return value;
        }
        return '"' + value.replace("\"", "\"\"") + '"';
    }

    private static void line(StringBuilder out, List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(field(fields.get(i)));
        }
        out.append("\r\n");
    }

    private static String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Double d) {
            return BigDecimal.valueOf(d).setScale(6, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
        }
        return value.toString();
    }
}
