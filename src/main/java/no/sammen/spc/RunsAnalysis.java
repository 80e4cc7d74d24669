package no.sammen.spc;

/**
 * The Anhøj rules (Anhøj & Olesen 2014): a run of points on the same side of the centre line longer
 * than round(log2(N)) + 3, or fewer crossings of the centre line than the 5 % quantile of
 * Binomial(N − 1, 0.5), signals non-random variation. N counts the useful points: points on the
 * centre line and missing points are ignored.
 */
final class RunsAnalysis {

    private RunsAnalysis() {
    }

    record Outcome(int nUseful, Integer longestRun, Integer longestRunMax, Integer crossings, Integer crossingsMin,
            boolean signal) {
    }

    static Outcome analyse(double[] values, double[] centre) {
        int useful = 0;
        int longest = 0;
        int current = 0;
        int crossings = 0;
        int previousSide = 0;
        for (int i = 0; i < values.length; i++) {
            double difference = values[i] - centre[i];
            if (Double.isNaN(difference) || difference == 0) {
                continue;
            }
            int side = difference > 0 ? 1 : -1;
            useful++;
            if (side == previousSide) {
                current++;
            } else {
                if (previousSide != 0) {
                    crossings++;
                }
                current = 1;
                previousSide = side;
            }
            longest = Math.max(longest, current);
        }
        if (useful == 0) {
            return new Outcome(0, null, null, null, null, false);
        }
        int longestMax = longestRunMax(useful);
        int crossingsMin = crossingsMin(useful);
        return new Outcome(useful, longest, longestMax, crossings, crossingsMin,
                longest > longestMax || crossings < crossingsMin);
    }

    static int longestRunMax(int useful) {
        return (int) Math.round(Math.log(useful) / Math.log(2)) + 3;
    }

    /**
     * The smallest k with P(X ≤ k) ≥ 0.05 for X ~ Binomial(N − 1, 0.5), as R's qbinom gives it (with
     * its small tolerance against rounding in the cumulative sum). Summed in log space so that large
     * N does not underflow.
     */
    static int crossingsMin(int useful) {
        int trials = Math.max(useful - 1, 0);
        double target = 0.05 * (1 - 64 * Math.ulp(1.0));
        double logPmf = -trials * Math.log(2);
        double cumulative = 0;
        for (int k = 0; k <= trials; k++) {
            if (k > 0) {
                logPmf += Math.log((double) (trials - k + 1) / k);
            }
            cumulative += Math.exp(logPmf);
            if (cumulative >= target) {
                return k;
            }
        }
        return trials;
    }
}
