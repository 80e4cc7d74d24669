package no.sammen.report;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Draws an SPC chart of proportions as SVG: the y axis runs from 0 to 100 %, one position per
 * subgroup on the x axis. Drawn, from back to front: grid, phase splits, target line, limits,
 * centre line per phase (dashed and labelled when the phase has a runs signal), the data line and
 * the points (sigma signals drawn larger and marked). Plain Java, no Spring.
 *
 * <p>On a page the elements take their colours from the page's stylesheet through their classes. A
 * renderer that sees only the chart (Batik, drawing it into the PDF) gets the same drawing with
 * {@link #STYLE}, the page's chart rules with the colours written out, inside it: see
 * {@link #standalone}.
 */
public final class ChartSvg {

    static final int WIDTH = 640;
    static final int HEIGHT = 260;
    static final int LEFT = 48;
    static final int RIGHT = 16;
    static final int TOP = 16;
    static final int BOTTOM = 40;

    /**
     * One subgroup as drawn; any number may be null (missing value or no limit). A provisional point
     * (ADR 0020) is drawn as a ring: its value may still fall.
     */
    public record Point(String label, Double value, Double cl, Double lcl, Double ucl, boolean sigmaSignal,
            boolean runsSignal, String part, boolean provisional) {

        public Point(String label, Double value, Double cl, Double lcl, Double ucl, boolean sigmaSignal,
                boolean runsSignal, String part) {
            this(label, value, cl, lcl, ucl, sigmaSignal, runsSignal, part, false);
        }
    }

    /**
     * The chart's words, already translated.
     *
     * @param centre the word before each phase's centre-line value ("Centre 62 %"); null: no label
     */
    public record Texts(String title, String description, String target, String runsSignal, String noValues,
            String centre) {

        public Texts(String title, String description, String target, String runsSignal, String noValues) {
            this(title, description, target, runsSignal, noValues, null);
        }
    }

    /**
     * The rules of {@code .spc-chart} in {@code static/css/sammen.css} with the page's colour
     * variables resolved, one rule a line; {@code ChartSvgTest} keeps the two the same.
     */
    static final String STYLE = """
            .spc-chart .grid { stroke: #e3e8ec; stroke-width: 1; }
            .spc-chart .axis-label { fill: #4a5a66; font-size: 11px; }
            .spc-chart .phase-split { stroke: #4a5a66; stroke-width: 1.5; stroke-dasharray: 2 3; }
            .spc-chart .target { stroke: #1c6b35; stroke-width: 1.5; stroke-dasharray: 8 4; }
            .spc-chart .target-label { fill: #1c6b35; font-size: 11px; font-weight: 600; }
            .spc-chart .limit { fill: none; stroke: #4a5a66; stroke-width: 1.5; stroke-dasharray: 6 3; }
            .spc-chart .centre { fill: none; stroke: #1d2a33; stroke-width: 1.5; }
            .spc-chart .centre-label { fill: #1d2a33; font-size: 11px; font-weight: 600; }
            .spc-chart .centre.runs-signal { stroke: #a4121c; stroke-width: 2; stroke-dasharray: 6 3; }
            .spc-chart .runs-label { fill: #a4121c; font-size: 11px; font-weight: 600; }
            .spc-chart .data { fill: none; stroke: #005a87; stroke-width: 1.5; }
            .spc-chart .point { fill: #005a87; stroke: #fff; stroke-width: 1; }
            .spc-chart .point.sigma-signal { fill: #a4121c; stroke: #fff; stroke-width: 1.5; }
            .spc-chart .point.provisional { fill: #fff; stroke: #005a87; stroke-width: 2; }
            .spc-chart .signal-mark { fill: none; stroke: #a4121c; stroke-width: 2; }
            .spc-chart .no-values { fill: #4a5a66; font-size: 13px; }
            """;

    /** The title and the description as {@link #render} writes them, already escaped. */
    private static final Pattern TITLE_AND_DESCRIPTION = Pattern
            .compile("<title id=\"[^\"]*\">[^<]*</title>\n<desc id=\"[^\"]*\">([^<]*)</desc>\n");

    private ChartSvg() {
    }

    /**
     * A chart drawn by {@link #render} with {@link #STYLE} inside it, after its title and
     * description, so that it looks the same without the page's stylesheet; and with its description
     * (which names the chart, the indicator, the period, the target and the signals) as {@code alt}
     * text, which a PDF renderer puts in the tagged PDF for screen readers.
     * The drawing is unchanged.
     *
     * @param fontFamily the font of the chart's text, as a CSS font-family value
     */
    static String standalone(String svg, String fontFamily) {
        Matcher texts = TITLE_AND_DESCRIPTION.matcher(svg);
        if (!svg.startsWith("<svg ") || !texts.find()) {
            throw new IllegalArgumentException("not a chart drawn by ChartSvg.render");
        }
        return "<svg alt=\"" + texts.group(1) + "\" " + svg.substring("<svg ".length(), texts.end())
                + "<style type=\"text/css\">\n.spc-chart { font-family: " + fontFamily + "; }\n" + STYLE + "</style>\n"
                + svg.substring(texts.end());
    }

    /**
     * @param id     unique on the page; prefixes the ids of title and description
     * @param target the target level drawn as a line, or null
     */
    public static String render(String id, List<Point> points, Double target, Texts texts) {
        return render(id, points, target, texts, null);
    }

    /**
     * A chart of counts (ADR 0032) when {@code countTop} is given: the y axis runs from 0 to the largest
     * value, limit or target, rounded up to a number that divides into four steps; the centre line is
     * labelled with its count. Otherwise a chart of proportions.
     */
    public static String render(String id, List<Point> points, Double target, Texts texts, Double countTop) {
        double top = countTop == null ? 1 : niceTop(countTop);
        int count = points.size();
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"spc-chart\" role=\"img\" viewBox=\"0 0 ")
                .append(WIDTH).append(' ').append(HEIGHT).append("\" aria-labelledby=\"").append(id)
                .append("-title ").append(id).append("-desc\">\n");
        svg.append("<title id=\"").append(id).append("-title\">").append(escape(texts.title())).append("</title>\n");
        svg.append("<desc id=\"").append(id).append("-desc\">").append(escape(texts.description()))
                .append("</desc>\n");

        for (int step = 0; step <= 4; step++) {
            double y = y(top * step / 4, top);
            svg.append(line("grid", LEFT, y, WIDTH - RIGHT, y));
            svg.append(text("axis-label", LEFT - 6, y + 4, "end",
                    countTop == null ? step * 25 + " %" : count(top * step / 4)));
        }
        for (int i = 0; i < count; i++) {
            if (i % 3 == 0 || i == count - 1) {
                svg.append(text("axis-label", x(i, count), HEIGHT - BOTTOM + 18, "middle", points.get(i).label()));
            }
            if (i > 0 && !same(points.get(i - 1).part(), points.get(i).part())) {
                double split = (x(i - 1, count) + x(i, count)) / 2;
                svg.append(line("phase-split", split, TOP, split, HEIGHT - BOTTOM));
            }
        }
        if (target != null) {
            svg.append(line("target", LEFT, y(target, top), WIDTH - RIGHT, y(target, top)));
            svg.append(text("target-label", WIDTH - RIGHT - 2, y(target, top) - 4, "end", texts.target()));
        }
        svg.append(stepPath("limit", points, true, top));
        svg.append(stepPath("limit", points, false, top));
        centreLines(svg, points, target, texts, top, countTop != null);
        dataLine(svg, points, top);
        for (int i = 0; i < count; i++) {
            Point p = points.get(i);
            if (p.value() != null) {
                svg.append("<circle class=\"")
                        .append(p.provisional() ? "point provisional" : p.sigmaSignal() ? "point sigma-signal" : "point")
                        .append("\" cx=\"").append(fmt(x(i, count))).append("\" cy=\"").append(fmt(y(p.value(), top)))
                        .append("\" r=\"").append(p.sigmaSignal() ? 5 : p.provisional() ? 4 : 3).append("\"/>\n");
                if (p.sigmaSignal()) {
                    // A diamond around the point, so that a special cause differs by shape, not only colour.
                    double cx = x(i, count);
                    double cy = y(p.value(), top);
                    svg.append("<path class=\"signal-mark\" d=\"M").append(fmt(cx)).append(' ').append(fmt(cy - 9))
                            .append(" L").append(fmt(cx + 9)).append(' ').append(fmt(cy)).append(" L").append(fmt(cx))
                            .append(' ').append(fmt(cy + 9)).append(" L").append(fmt(cx - 9)).append(' ')
                            .append(fmt(cy)).append(" Z\"/>\n");
                }
            }
        }
        if (points.stream().allMatch(p -> p.value() == null)) {
            svg.append(text("no-values", LEFT + (WIDTH - LEFT - RIGHT) / 2.0, y(top / 2, top), "middle", texts.noValues()));
        }
        return svg.append("</svg>").toString();
    }

    /**
     * The centre line of each phase, its value written at its right end (below the line when the
     * target's label is near); a phase with a runs signal gets a dashed line and a note.
     */
    private static void centreLines(StringBuilder svg, List<Point> points, Double target, Texts texts, double top,
            boolean counts) {
        int count = points.size();
        int start = 0;
        while (start < count) {
            int end = start;
            while (end < count && same(points.get(end).part(), points.get(start).part())) {
                end++;
            }
            boolean runs = points.subList(start, end).stream().anyMatch(Point::runsSignal);
            StringBuilder d = new StringBuilder();
            Double first = null;
            Double last = null;
            for (int i = start; i < end; i++) {
                Double cl = points.get(i).cl();
                if (cl != null) {
                    last = cl;
                    d.append(d.isEmpty() ? "M" : " L").append(fmt(x(i, count) - half(count))).append(' ')
                            .append(fmt(y(cl, top))).append(" L").append(fmt(x(i, count) + half(count))).append(' ')
                            .append(fmt(y(cl, top)));
                    first = first == null ? cl : first;
                }
            }
            if (first != null) {
                svg.append("<path class=\"").append(runs ? "centre runs-signal" : "centre").append("\" d=\"")
                        .append(d).append("\"/>\n");
                if (runs) {
                    svg.append(text("runs-label", x(start, count) - half(count) + 2, y(first, top) - 5, "start",
                            texts.runsSignal()));
                }
                if (texts.centre() != null) {
                    boolean nearTarget = target != null && Math.abs(y(target, top) - y(last, top)) < 14;
                    double labelY = nearTarget || y(last, top) < TOP + 12 ? y(last, top) + 13 : y(last, top) - 4;
                    svg.append(text("centre-label", x(end - 1, count) + half(count) - 2, labelY, "end",
                            texts.centre() + " " + (counts ? count(last) : Math.round(last * 100) + " %")));
                }
            }
            start = end;
        }
    }

    private static void dataLine(StringBuilder svg, List<Point> points, double top) {
        StringBuilder d = new StringBuilder();
        boolean drawing = false;
        for (int i = 0; i < points.size(); i++) {
            Double value = points.get(i).value();
            if (value == null) {
                drawing = false;
                continue;
            }
            d.append(d.isEmpty() ? "" : " ").append(drawing ? "L" : "M").append(fmt(x(i, points.size())))
                    .append(' ').append(fmt(y(value, top)));
            drawing = true;
        }
        if (!d.isEmpty()) {
            svg.append("<path class=\"data\" d=\"").append(d).append("\"/>\n");
        }
    }

    /** Upper or lower limits as horizontal steps, one per subgroup, broken where a limit is missing. */
    private static String stepPath(String cssClass, List<Point> points, boolean upper, double top) {
        StringBuilder d = new StringBuilder();
        Double previous = null;
        for (int i = 0; i < points.size(); i++) {
            Double limit = upper ? points.get(i).ucl() : points.get(i).lcl();
            if (limit != null) {
                double left = x(i, points.size()) - half(points.size());
                d.append(d.isEmpty() ? "" : " ").append(previous == null ? "M" : "L").append(fmt(left)).append(' ')
                        .append(fmt(y(limit, top))).append(" L").append(fmt(left + 2 * half(points.size()))).append(' ')
                        .append(fmt(y(limit, top)));
            }
            previous = limit;
        }
        return d.isEmpty() ? "" : "<path class=\"" + cssClass + "\" d=\"" + d + "\"/>\n";
    }

    /** The centre of subgroup {@code i} of {@code count}. */
    static double x(int i, int count) {
        return LEFT + (i + 0.5) * (WIDTH - LEFT - RIGHT) / count;
    }

    /** The height of a value on a scale from 0 to {@code top} (1 for proportions), clamped to the plot. */
    static double y(double value, double top) {
        double clamped = Math.max(0, Math.min(1, value / top));
        return TOP + (1 - clamped) * (HEIGHT - TOP - BOTTOM);
    }

    /** The top of a count scale: at least 4, rounded up to a number that divides into four steps nicely. */
    static double niceTop(double max) {
        double top = Math.max(4, max);
        double step = Math.pow(10, Math.floor(Math.log10(top / 4)));
        for (double factor : new double[] {1, 2, 2.5, 5, 10}) {
            if (top <= 4 * step * factor) {
                return 4 * step * factor;
            }
        }
        return top;
    }

    /** A count as written on the chart: whole, or with one decimal (a centre line c̄). */
    static String count(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : String.format(Locale.ROOT, "%.1f", value);
    }

    private static double half(int count) {
        return (WIDTH - LEFT - RIGHT) / (2.0 * count);
    }

    private static boolean same(String a, String b) {
        return a == null ? b == null : a.equals(b);
    }

    private static String line(String cssClass, double x1, double y1, double x2, double y2) {
        return "<line class=\"" + cssClass + "\" x1=\"" + fmt(x1) + "\" y1=\"" + fmt(y1) + "\" x2=\"" + fmt(x2)
                + "\" y2=\"" + fmt(y2) + "\"/>\n";
    }

    private static String text(String cssClass, double x, double y, String anchor, String content) {
        return "<text class=\"" + cssClass + "\" x=\"" + fmt(x) + "\" y=\"" + fmt(y) + "\" text-anchor=\"" + anchor
                + "\">" + escape(content) + "</text>\n";
    }

    static String fmt(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    static String escape(String text) {
        if (text == null) {
            return "";
        }
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
