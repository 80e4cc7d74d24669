package no.sammen.report;

import static no.sammen.report.ChartSvg.fmt;

import java.util.List;

/**
 * The small trend line of a summary line: the values from 0 to 100 %, broken where a month has no
 * value, the latest value as a dot and the target as a dashed line. It carries no words: it is
 * hidden from assistive technology, and the line's other cells say what it shows.
 */
final class SummarySvg {

    static final int WIDTH = 100;
    static final int HEIGHT = 28;
    private static final double PAD = 3;

    private SummarySvg() {
    }

    /** @param target a proportion drawn as a dashed line, or null */
    static String sparkline(List<Double> values, Double target) {
        StringBuilder svg = new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"sparkline\" viewBox=\"0 0 ")
                .append(WIDTH).append(' ').append(HEIGHT).append("\" width=\"").append(WIDTH).append("\" height=\"")
                .append(HEIGHT).append("\" aria-hidden=\"true\" focusable=\"false\">");
        if (target != null) {
            svg.append("<line class=\"spark-target\" x1=\"0\" x2=\"").append(WIDTH).append("\" y1=\"")
                    .append(fmt(y(target))).append("\" y2=\"").append(fmt(y(target))).append("\"/>");
        }
        StringBuilder d = new StringBuilder();
        boolean drawing = false;
        Integer last = null;
        for (int i = 0; i < values.size(); i++) {
            Double v = values.get(i);
            if (v == null) {
                drawing = false;
                continue;
            }
            d.append(d.isEmpty() ? "" : " ").append(drawing ? "L" : "M").append(fmt(x(i, values.size()))).append(' ')
                    .append(fmt(y(v)));
            drawing = true;
            last = i;
        }
        if (last != null) {
            svg.append("<path class=\"spark-line\" d=\"").append(d).append("\"/>");
            svg.append("<circle class=\"spark-latest\" cx=\"").append(fmt(x(last, values.size()))).append("\" cy=\"")
                    .append(fmt(y(values.get(last)))).append("\" r=\"2.5\"/>");
        }
        return svg.append("</svg>").toString();
    }

    static double x(int i, int count) {
        return count < 2 ? WIDTH / 2.0 : PAD + i * (WIDTH - 2 * PAD) / (count - 1);
    }

    static double y(double value) {
        return PAD + (1 - Math.max(0, Math.min(1, value))) * (HEIGHT - 2 * PAD);
    }
}
