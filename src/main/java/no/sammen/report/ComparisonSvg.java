package no.sammen.report;

import static no.sammen.report.ChartSvg.escape;
import static no.sammen.report.ChartSvg.fmt;

import java.util.List;

import no.sammen.indicator.WilsonInterval;

/**
 * The small pictures of the comparison: a confidence interval on a common 0–100 % scale, so that
 * rows can be compared down the column, and a trend line of monthly values with its median. Each
 * is an image with a title that says in words what it shows; the numbers are in the table beside
 * it. Plain Java, no Spring.
 */
final class ComparisonSvg {

    static final int INTERVAL_WIDTH = 200;
    static final int INTERVAL_HEIGHT = 28;
    static final int TREND_WIDTH = 144;
    static final int TREND_HEIGHT = 32;
    private static final int PAD = 6;

    private ComparisonSvg() {
    }

    /**
     * @param value    the proportion, or null (hidden or no data: only the scale and target are drawn)
     * @param interval its 95 % interval, or null
     * @param target   the target level, or null
     */
    static String interval(String id, Double value, WilsonInterval interval, Double target, String title) {
        StringBuilder svg = open("ci-chart", id, INTERVAL_WIDTH, INTERVAL_HEIGHT, title);
        double mid = INTERVAL_HEIGHT / 2.0;
        svg.append(line("axis", x(0), mid, x(1), mid));
        for (int percent = 0; percent <= 100; percent += 25) {
            svg.append(line("tick", x(percent / 100.0), mid - 4, x(percent / 100.0), mid + 4));
        }
        if (target != null) {
            svg.append(line("target", x(target), 2, x(target), INTERVAL_HEIGHT - 2));
        }
        if (interval != null) {
            svg.append("<rect class=\"interval\" x=\"").append(fmt(x(interval.lower()))).append("\" y=\"")
                    .append(fmt(mid - 5)).append("\" width=\"")
                    .append(fmt(Math.max(1, x(interval.upper()) - x(interval.lower())))).append("\" height=\"10\"/>\n");
        }
        if (value != null) {
            svg.append("<circle class=\"estimate\" cx=\"").append(fmt(x(value))).append("\" cy=\"").append(fmt(mid))
                    .append("\" r=\"4\"/>\n");
        }
        return svg.append("</svg>").toString();
    }

    /**
     * @param values one per month, null where hidden or empty
     * @param median the run chart's centre line, or null
     */
    static String trend(String id, List<Double> values, Double median, boolean runsSignal, String title) {
        StringBuilder svg = open("trend-chart", id, TREND_WIDTH, TREND_HEIGHT, title);
        int count = values.size();
        if (median != null) {
            svg.append(line(runsSignal ? "median runs-signal" : "median", PAD, ty(median), TREND_WIDTH - PAD,
                    ty(median)));
        }
        StringBuilder path = new StringBuilder();
        boolean drawing = false;
        for (int i = 0; i < count; i++) {
            Double v = values.get(i);
            if (v == null) {
                drawing = false;
                continue;
            }
            path.append(drawing ? " L" : (path.length() == 0 ? "M" : " M")).append(fmt(tx(i, count))).append(' ')
                    .append(fmt(ty(v)));
            drawing = true;
        }
        if (path.length() > 0) {
            svg.append("<path class=\"trend\" d=\"").append(path).append("\"/>\n");
        }
        for (int i = 0; i < count; i++) {
            if (values.get(i) != null) {
                svg.append("<circle class=\"trend-point\" cx=\"").append(fmt(tx(i, count))).append("\" cy=\"")
                        .append(fmt(ty(values.get(i)))).append("\" r=\"1.6\"/>\n");
            }
        }
        return svg.append("</svg>").toString();
    }

    private static StringBuilder open(String cssClass, String id, int width, int height, String title) {
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"").append(cssClass)
                .append("\" role=\"img\" width=\"").append(width).append("\" height=\"").append(height)
                .append("\" viewBox=\"0 0 ").append(width).append(' ').append(height).append("\" aria-labelledby=\"")
                .append(id).append("-title\">\n");
        svg.append("<title id=\"").append(id).append("-title\">").append(escape(title)).append("</title>\n");
        return svg;
    }

    private static double x(double proportion) {
        return PAD + proportion * (INTERVAL_WIDTH - 2 * PAD);
    }

    private static double tx(int index, int count) {
        return count <= 1 ? TREND_WIDTH / 2.0 : PAD + index * (TREND_WIDTH - 2.0 * PAD) / (count - 1);
    }

    private static double ty(double proportion) {
        return TREND_HEIGHT - 4 - proportion * (TREND_HEIGHT - 8);
    }

    private static String line(String cssClass, double x1, double y1, double x2, double y2) {
        return "<line class=\"" + cssClass + "\" x1=\"" + fmt(x1) + "\" y1=\"" + fmt(y1) + "\" x2=\"" + fmt(x2)
                + "\" y2=\"" + fmt(y2) + "\"/>\n";
    }

}
