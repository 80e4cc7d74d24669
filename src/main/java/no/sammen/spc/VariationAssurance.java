package no.sammen.spc;

import java.util.List;
import java.util.Objects;

/**
 * Reads a computed P chart the way the NHS "Making Data Count" summary icons do: what kind of
 * variation the latest phase shows (variation) and whether the process as it runs will meet a target
 * (assurance). Only the latest phase counts: a phase split (e.g. at an implementation start) starts
 * the judgement afresh, as the chart's own lines do. The rules, with their reasons, are in ADR 0017.
 *
 * <p>Variation, with "higher" read through the direction of improvement:
 * <ol>
 * <li>fewer than {@link #MINIMUM_POINTS} values in the latest phase: {@link Variation#NONE};</li>
 * <li>a runs signal (Anhøj: a long run or too few crossings) in the phase: special cause on the side
 * of the latest value off the centre line, where the process now runs;</li>
 * <li>a value of the phase beyond a limit: special cause on the side of the latest such value;</li>
 * <li>otherwise common cause.</li>
 * </ol>
 *
 * <p>Assurance compares the target with the phase's limits for its mean denominator: a target the
 * lower limit reaches (higher is better) is consistently met, one beyond the upper limit consistently
 * missed, one between them hit and miss; mirrored when lower is better. No target, or no variation
 * judgement, gives {@link Assurance#NONE}.
 */
public final class VariationAssurance {

    /** Values a phase needs before its variation and limits are read. */
    public static final int MINIMUM_POINTS = 6;

    public enum Variation {
        COMMON_CAUSE, IMPROVING, CONCERNING, NONE
    }

    public enum Assurance {
        MET, MISSED, HIT_AND_MISS, NONE
    }

    public record Judgement(Variation variation, Assurance assurance) {
    }

    private VariationAssurance() {
    }

    /**
     * @param pChart         a P chart from {@link SpcEngine#compute}, or a C chart of counts (no denominator; its
     *                       limits c̄ ± 3√c̄, ADR 0032)
     * @param higherIsBetter the direction of improvement
     * @param target         the target proportion (or count), or null
     */
    public static Judgement judge(SpcResult pChart, boolean higherIsBetter, Double target) {
        List<ChartPoint> points = pChart.points();
        if (points.isEmpty()) {
            return new Judgement(Variation.NONE, Assurance.NONE);
        }
        String latestPart = points.get(points.size() - 1).part();
        List<ChartPoint> phase = points.stream().filter(p -> Objects.equals(p.part(), latestPart))
                .filter(p -> p.value() != null).toList();
        if (phase.size() < MINIMUM_POINTS) {
            return new Judgement(Variation.NONE, Assurance.NONE);
        }
        return new Judgement(variation(phase, higherIsBetter), assurance(phase, pChart.chart() == SpcChart.C, higherIsBetter, target));
    }

    private static Variation variation(List<ChartPoint> phase, boolean higherIsBetter) {
        if (phase.get(phase.size() - 1).runsSignal()) {
            for (int i = phase.size() - 1; i >= 0; i--) {
                ChartPoint p = phase.get(i);
                if (p.cl() != null && p.value().doubleValue() != p.cl().doubleValue()) {
                    return side(p.value() > p.cl(), higherIsBetter);
                }
            }
        }
        for (int i = phase.size() - 1; i >= 0; i--) {
            ChartPoint p = phase.get(i);
            if (p.sigmaSignal()) {
                return side(p.value() > p.cl(), higherIsBetter);
            }
        }
        return Variation.COMMON_CAUSE;
    }

    private static Variation side(boolean high, boolean higherIsBetter) {
        return high == higherIsBetter ? Variation.IMPROVING : Variation.CONCERNING;
    }

    private static Assurance assurance(List<ChartPoint> phase, boolean counts, boolean higherIsBetter, Double target) {
        if (target == null) {
            return Assurance.NONE;
        }
        double[] limits = counts ? countLimits(phase) : limits(phase);
        if (limits == null) {
            return Assurance.NONE;
        }
        double lower = limits[0];
        double upper = limits[1];
        if (higherIsBetter ? target <= lower : target >= upper) {
            return Assurance.MET;
        }
        if (higherIsBetter ? target > upper : target < lower) {
            return Assurance.MISSED;
        }
        return Assurance.HIT_AND_MISS;
    }

    /**
     * The limits of a C chart (counts, no denominator): c̄ ± 3√c̄ of the phase, as the chart has them, the
     * lower one at least 0 (ADR 0032); null without a centre line.
     */
    static double[] countLimits(List<ChartPoint> phase) {
        ChartPoint last = phase.get(phase.size() - 1);
        if (last.cl() == null) {
            return null;
        }
        double sigma = Math.sqrt(last.cl());
        return new double[] {Math.max(0, last.cl() - 3 * sigma), last.cl() + 3 * sigma};
    }

    /**
     * The 3-sigma limits of a proportion at the phase's centre line and mean denominator, within
     * 0 and 1; null when the phase has no centre line or no denominator.
     */
    static double[] limits(List<ChartPoint> phase) {
        Double centre = phase.get(phase.size() - 1).cl();
        double meanN = phase.stream().filter(p -> p.n() != null && p.n() > 0).mapToDouble(ChartPoint::n).average()
                .orElse(Double.NaN);
        if (centre == null || !Double.isFinite(meanN)) {
            return null;
        }
        double sigma = Math.sqrt(centre * (1 - centre) / meanN);
        return new double[] {Math.max(0, centre - 3 * sigma), Math.min(1, centre + 3 * sigma)};
    }
}
