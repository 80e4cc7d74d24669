package no.sammen.imr;

import java.util.List;
import java.util.Locale;

import no.sammen.spc.ChartPoint;
import no.sammen.spc.SpcResult;

/**
 * The IMR board's run chart of sessions held per month (K6), as SVG drawn on the server: counts on a
 * scale from 0 to the largest count (or the monthly goal, if higher), the median of the run chart as
 * its centre line, dashed and marked when the Anhøj rules find a non-random run, and the unit's goal
 * per month as a target line. It uses the classes of {@code .spc-chart}, so that it looks like the
 * report's charts.
 */
final class ImrChartSvg {

    static final int WIDTH = 640;
    static final int HEIGHT = 240;
    static final int LEFT = 40;
    static final int RIGHT = 16;
    static final int TOP = 16;
    static final int BOTTOM = 36;

    /**
     * The chart's words, already translated; {@code labels} are the months as shown, one per point;
     * {@code locale} writes the numbers shown (a decimal comma in Norwegian).
     */
    record Texts(String title, String description, String goal, String median, String runsSignal,
            List<String> labels, Locale locale) {
    }

    /** The unit's goal spread evenly over its months, drawn over the points from {@code first} to {@code last}. */
    record GoalLine(double perMonth, int first, int last) {
    }

    private ImrChartSvg() {
    }

    /**
     * @param goal the goal line over the months of the goal period shown, or null
     * Points left out of the chart's calculations (the month in progress) are drawn hollow.
     */
    static String render(String id, SpcResult chart, GoalLine goal, Texts texts) {
        List<ChartPoint> points = chart.points();
        int count = points.size();
        double max = goal == null ? 0 : goal.perMonth();
        for (ChartPoint p : points) {
            max = Math.max(max, p.value() == null ? 0 : p.value());
        }
        double top = niceTop(max);
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"spc-chart\" role=\"img\" viewBox=\"0 0 ")
                .append(WIDTH).append(' ').append(HEIGHT).append("\" id=\"").append(id).append("\" aria-labelledby=\"")
                .append(id).append("-title ").append(id).append("-desc\">\n");
        svg.append("<title id=\"").append(id).append("-title\">").append(escape(texts.title())).append("</title>\n");
        svg.append("<desc id=\"").append(id).append("-desc\">").append(escape(texts.description()))
                .append("</desc>\n");
        for (int i = 0; i <= 4; i++) {
            double value = top * i / 4;
            double y = y(value, top);
            svg.append(line("grid", LEFT, y, WIDTH - RIGHT, y));
            svg.append(text("axis-label", LEFT - 6, y + 4, "end", fmt(value, texts.locale())));
        }
        for (int i = 0; i < count; i++) {
            if (i % 3 == 0 || i == count - 1) {
                svg.append(text("axis-label", x(i, count), HEIGHT - BOTTOM + 18, "middle", texts.labels().get(i)));
            }
        }
        if (goal != null) {
            double y = y(goal.perMonth(), top);
            double from = goal.first() == 0 ? LEFT : x(goal.first(), count);
            double to = goal.last() == count - 1 ? WIDTH - RIGHT : x(goal.last(), count);
            svg.append(line("target", from, y, to, y));
            svg.append(text("target-label", to - 2, y - 4, "end", texts.goal()));
        }
        if (count > 0 && points.get(0).cl() != null) {
            boolean signal = points.stream().anyMatch(ChartPoint::runsSignal);
            double y = y(points.get(0).cl(), top);
            svg.append(line(signal ? "centre runs-signal" : "centre", x(0, count), y, x(count - 1, count), y));
            svg.append(text(signal ? "runs-label" : "centre-label", x(count - 1, count), y - 4, "end",
                    signal ? texts.runsSignal() : texts.median()));
        }
        StringBuilder path = new StringBuilder();
        for (int i = 0; i < count; i++) {
            Double v = points.get(i).value();
            if (v != null) {
                path.append(path.isEmpty() ? "M" : " L").append(fmt(x(i, count))).append(' ').append(fmt(y(v, top)));
            }
        }
        if (!path.isEmpty()) {
            svg.append("<path class=\"data\" d=\"").append(path).append("\"/>\n");
        }
        for (int i = 0; i < count; i++) {
            Double v = points.get(i).value();
            if (v != null) {
                boolean provisional = !points.get(i).included();
                svg.append("<circle class=\"").append(provisional ? "point provisional" : "point")
                        .append("\" cx=\"").append(fmt(x(i, count))).append("\" cy=\"")
                        .append(fmt(y(v, top))).append("\" r=\"").append(provisional ? 4 : 3).append("\"/>\n");
            }
        }
        return svg.append("</svg>").toString();
    }

    /** The top of the scale: at least 4, rounded up to a number that divides into four steps nicely. */
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

    static double x(int i, int count) {
        double width = WIDTH - LEFT - RIGHT;
        return count <= 1 ? LEFT + width / 2 : LEFT + 10 + (width - 20) * i / (count - 1);
    }

    static double y(double value, double top) {
        return TOP + (HEIGHT - TOP - BOTTOM) * (1 - value / top);
    }

    private static String line(String cssClass, double x1, double y1, double x2, double y2) {
        return "<line class=\"" + cssClass + "\" x1=\"" + fmt(x1) + "\" y1=\"" + fmt(y1) + "\" x2=\"" + fmt(x2)
                + "\" y2=\"" + fmt(y2) + "\"/>\n";
    }

    private static String text(String cssClass, double x, double y, String anchor, String content) {
        return "<text class=\"" + cssClass + "\" x=\"" + fmt(x) + "\" y=\"" + fmt(y) + "\" text-anchor=\"" + anchor
                + "\">" + escape(content) + "</text>\n";
    }

    /** A number as shown to the reader, with at most one decimal, in the locale's way. */
    static String fmt(double value, Locale locale) {
        java.text.NumberFormat format = java.text.NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(1);
        format.setGroupingUsed(false);
        return format.format(value);
    }

    /** A coordinate in the SVG. */
    static String fmt(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : String.format(Locale.ROOT, "%.1f", value);
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
