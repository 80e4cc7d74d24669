package no.sammen.spc;

/**
 * One subgroup as charted. {@code y} and {@code n} are the subgroup's sums (null when absent);
 * {@code value} is what is plotted. Any number that is missing or not finite is null.
 */
public record ChartPoint(SubgroupKey x, Double y, Double n, Double value, Double cl, Double lcl, Double ucl,
        boolean sigmaSignal, boolean runsSignal, String part, boolean baseline, boolean included) {
}
