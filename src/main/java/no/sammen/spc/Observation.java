package no.sammen.spc;

/**
 * One row of input. {@code y} null is a missing value; {@code n} is the denominator where the chart
 * has one; {@code part} names the phase (null: a single phase); an excluded row's subgroup is drawn
 * with limits but takes no part in computing them or in the runs analysis.
 */
public record Observation(SubgroupKey x, Double y, Double n, String part, boolean exclude) {
}
