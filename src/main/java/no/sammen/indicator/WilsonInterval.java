package no.sammen.indicator;

import java.util.Optional;

/**
 * The Wilson score interval for a proportion (Wilson 1927), used for the confidence intervals of
 * units shown side by side. Unlike the Wald interval it stays inside [0, 1] and does not collapse to
 * a point at 0 or at the denominator:
 *
 * <pre>
 *   centre = (p + z²/2n) / (1 + z²/n)
 *   half   = z / (1 + z²/n) · √(p(1 − p)/n + z²/4n²)
 * </pre>
 *
 * @param lower the lower bound, in [0, 1]
 * @param upper the upper bound, in [0, 1]
 */
public record WilsonInterval(double lower, double upper) {

    /** The two-sided 95 % normal quantile, qnorm(0.975). */
    public static final double Z_95 = 1.959963984540054;

    /** The 95 % interval, or empty when the denominator is 0. */
    public static Optional<WilsonInterval> of(long numerator, long denominator) {
        return of(numerator, denominator, Z_95);
    }

    /** The interval for the normal quantile {@code z}, or empty when the denominator is 0. */
    public static Optional<WilsonInterval> of(long numerator, long denominator, double z) {
        if (numerator < 0 || denominator < 0 || numerator > denominator) {
            throw new IllegalArgumentException(
                    "Need 0 <= numerator <= denominator, got " + numerator + "/" + denominator);
        }
        if (!(z > 0) || Double.isInfinite(z)) {
            throw new IllegalArgumentException("z must be positive and finite");
        }
        if (denominator == 0) {
            return Optional.empty();
        }
        double n = denominator;
        double p = numerator / n;
        double z2 = z * z;
        double scale = 1 + z2 / n;
        double centre = (p + z2 / (2 * n)) / scale;
        double half = z / scale * Math.sqrt(p * (1 - p) / n + z2 / (4 * n * n));
        double lower = numerator == 0 ? 0 : Math.max(0, centre - half);
        double upper = numerator == denominator ? 1 : Math.min(1, centre + half);
        return Optional.of(new WilsonInterval(lower, upper));
    }
}
