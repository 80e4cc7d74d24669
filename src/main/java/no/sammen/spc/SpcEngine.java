package no.sammen.spc;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import no.sammen.shared.FieldProblem;
import no.sammen.shared.InvalidInputException;

/**
 * Computes a chart the way qicharts2 does: rows with the same x form a subgroup, each phase gets its
 * own centre line and 3-sigma limits from its baseline (the first {@code freeze} subgroups, or the
 * whole phase when none of its subgroups lies within the freeze) less its excluded subgroups, and
 * each phase gets its own Anhøj runs analysis. Missing values are carried as NaN internally and
 * come out as null.
 *
 * <p>One deliberate difference: a subgroup whose y is missing is left out of the sums of y and of n
 * for p, P′, u and U′ charts, where qicharts2 would still add its n to the denominator; likewise
 * an empty subgroup does not lower the pooled degrees of freedom of xbar and s charts.
 */
public final class SpcEngine {

    static final double D2 = 1.128;
    static final double D4 = 3.267;
    static final int MIN_SUBGROUPS = 2;

    private SpcEngine() {
    }

    /**
     * @param chartCode            a qicharts2 chart code ({@code run}, {@code i}, {@code p} …)
     * @param observations         the rows in input order; field names in problems refer to this order
     * @param freeze               the number of subgroups the limits are computed from, or null for all
     * @param screenMovingRanges   drop moving ranges above 3.267 × their mean once before estimating sigma
     * @throws InvalidInputException naming the offending field
     */
    public static SpcResult compute(String chartCode, List<Observation> observations, Integer freeze,
            boolean screenMovingRanges) {
        SpcChart chart = SpcChart.fromCode(chartCode)
                .orElseThrow(() -> new InvalidInputException(FieldProblem.of("chart", "spc.chart.unknown")));
        List<Subgroup> subgroups = subgroups(chart, observations == null ? List.of() : observations);
        if (freeze != null && (freeze < MIN_SUBGROUPS || freeze > subgroups.size())) {
            throw new InvalidInputException(
                    FieldProblem.of("freeze", "spc.freeze.outOfRange", MIN_SUBGROUPS, subgroups.size()));
        }
        int frozen = freeze == null ? subgroups.size() : freeze;

        List<ChartPoint> points = new ArrayList<>(subgroups.size());
        List<PartSummary> parts = new ArrayList<>();
        int start = 0;
        while (start < subgroups.size()) {
            int end = start;
            while (end < subgroups.size() && Objects.equals(subgroups.get(end).part, subgroups.get(start).part)) {
                end++;
            }
            Phase phase = new Phase(chart, subgroups.subList(start, end), start, frozen, screenMovingRanges);
            phase.compute();
            parts.add(phase.emit(points));
            start = end;
        }
        return new SpcResult(chart, points, parts);
    }

    private static List<Subgroup> subgroups(SpcChart chart, List<Observation> rows) {
        List<FieldProblem> problems = new ArrayList<>();
        boolean anyDenominator = false;
        for (Observation row : rows) {
            anyDenominator |= row != null && row.n() != null;
        }
        Class<?> keyType = null;
        // Rows usually come in x order, one per x: then the subgroups are kept in a list as they come, and a
        // sorted map is made only once an x comes out of order or again.
        List<Subgroup> inOrder = new ArrayList<>(rows.size());
        Map<SubgroupKey, Subgroup> byKey = null;
        for (int i = 0; i < rows.size(); i++) {
            Observation row = rows.get(i);
            if (row == null || row.x() == null) {
                problems.add(FieldProblem.of(field(i, "x"), "spc.x.required"));
                continue;
            }
            if (keyType == null) {
                keyType = row.x().getClass();
            } else if (keyType != row.x().getClass()) {
                problems.add(FieldProblem.of(field(i, "x"), "spc.x.mixed"));
                continue;
            }
            rowProblems(chart, row, i, anyDenominator, problems);
            Subgroup subgroup;
            if (byKey == null && (inOrder.isEmpty() || inOrder.get(inOrder.size() - 1).key.compareTo(row.x()) < 0)) {
                subgroup = new Subgroup(row.x(), row.part());
                inOrder.add(subgroup);
            } else {
                if (byKey == null) {
                    byKey = new TreeMap<>();
                    for (Subgroup earlier : inOrder) {
                        byKey.put(earlier.key, earlier);
                    }
                }
                subgroup = byKey.get(row.x());
                if (subgroup == null) {
                    subgroup = new Subgroup(row.x(), row.part());
                    byKey.put(row.x(), subgroup);
                }
            }
            if (!Objects.equals(subgroup.part, row.part())) {
                problems.add(FieldProblem.of(field(i, "part"), "spc.part.mixed"));
            }
            subgroup.add(row);
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        List<Subgroup> ordered = byKey == null ? inOrder : new ArrayList<>(byKey.values());
        if (ordered.size() < MIN_SUBGROUPS) {
            throw new InvalidInputException(FieldProblem.of("points", "spc.points.tooFew", MIN_SUBGROUPS));
        }
        List<String> seen = new ArrayList<>();
        for (int i = 0; i < ordered.size(); i++) {
            String part = ordered.get(i).part;
            boolean startsPhase = i == 0 || !Objects.equals(part, ordered.get(i - 1).part);
            if (startsPhase && seen.contains(part)) {
                throw new InvalidInputException(FieldProblem.of(
                        "points[" + ordered.get(i).firstRow(rows) + "].part", "spc.part.notContiguous"));
            }
            if (startsPhase) {
                seen.add(part);
            }
            ordered.get(i).finish(chart, anyDenominator);
        }
        return ordered;
    }

    /** The name of a field of the row at {@code index}, as problems name it. */
    private static String field(int index, String name) {
        return "points[" + index + "]." + name;
    }

    /** Adds the problems of one row to {@code problems}; field names are only made for a row with a problem. */
    private static void rowProblems(SpcChart chart, Observation row, int index, boolean anyDenominator,
            List<FieldProblem> problems) {
        Double y = row.y();
        Double n = row.n();
        if (y != null && !Double.isFinite(y)) {
            problems.add(FieldProblem.of(field(index, "y"), "spc.y.invalid"));
        } else if (y != null && chart.countsOnly() && y < 0) {
            problems.add(FieldProblem.of(field(index, "y"), "spc.y.negative"));
        } else if (y != null && chart == SpcChart.T && y <= 0) {
            problems.add(FieldProblem.of(field(index, "y"), "spc.y.positive"));
        }
        boolean denominatorUsed = chart.needsDenominator() || chart.ratioWhenDenominatorGiven() && anyDenominator;
        // A missing subgroup (no y) has no n either: it is charted as missing, with n = 0, as in qicharts2.
        if (n == null && denominatorUsed && y != null) {
            problems.add(FieldProblem.of(field(index, "n"), "spc.n.required"));
        } else if (n != null && denominatorUsed && (!Double.isFinite(n) || n < 0)) {
            problems.add(FieldProblem.of(field(index, "n"), "spc.n.negative"));
        } else if (n != null && y != null && chart.isProportion() && y > n) {
            problems.add(FieldProblem.of(field(index, "y"), "spc.y.aboveN"));
        }
    }

    /** The rows of one x, summarised as qicharts2 aggregates them. */
    static final class Subgroup {

        final SubgroupKey key;
        final String part;
        final List<Observation> rows = new ArrayList<>(1);
        double ySum = Double.NaN;
        double nSum = Double.NaN;
        int yCount;
        double yMean = Double.NaN;
        double ySd = Double.NaN;
        double value = Double.NaN;
        boolean excluded;

        Subgroup(SubgroupKey key, String part) {
            this.key = key;
            this.part = part;
        }

        void add(Observation row) {
            rows.add(row);
            excluded |= row.exclude();
        }

        int firstRow(List<Observation> all) {
            return all.indexOf(rows.get(0));
        }

        void finish(SpcChart chart, boolean anyDenominator) {
            if (rows.size() == 1) {
                // One row, as in every chart of a report's series: its y and n, without the sums' streams.
                Observation row = rows.get(0);
                if (row.y() != null) {
                    yCount = 1;
                    ySum = 0.0 + row.y(); // as the sum of one value: -0.0 becomes 0.0
                    yMean = ySum;
                }
                if (row.n() != null) {
                    nSum = 0.0 + row.n();
                }
            } else {
                double[] ys = rows.stream().filter(r -> r.y() != null).mapToDouble(Observation::y).toArray();
                yCount = ys.length;
                if (yCount > 0) {
                    ySum = Arrays.stream(ys).sum();
                    yMean = ySum / yCount;
                }
                if (yCount > 1) {
                    double squares = Arrays.stream(ys).map(v -> (v - yMean) * (v - yMean)).sum();
                    ySd = Math.sqrt(squares / (yCount - 1));
                }
                if (rows.stream().anyMatch(r -> r.n() != null)) {
                    nSum = rows.stream().filter(r -> r.n() != null).mapToDouble(Observation::n).sum();
                }
            }
            if (Double.isNaN(nSum) && yCount == 0
                    && (chart.needsDenominator() || chart.ratioWhenDenominatorGiven() && anyDenominator)) {
                // qicharts2 sums n with na.rm = TRUE: a missing subgroup has n = 0, no value and so no limits.
                nSum = 0;
            }
            value = switch (chart) {
                case P, PP, U, UP -> ySum / nSum;
                case C -> ySum;
                case XBAR -> yMean;
                case S -> ySd;
                case RUN, I, MR, T, G -> anyDenominator ? ySum / nSum : yMean;
            };
            if (!Double.isFinite(value)) {
                value = Double.NaN;
            }
        }
    }

    /** One phase: its subgroups, which of them the limits come from, and the computed lines. */
    private static final class Phase {

        final SpcChart chart;
        final List<Subgroup> subgroups;
        final boolean screen;
        final int size;
        final boolean[] baseline;
        final double[] value;
        final double[] cl;
        final double[] lcl;
        final double[] ucl;

        Phase(SpcChart chart, List<Subgroup> subgroups, int offset, int frozen, boolean screen) {
            this.chart = chart;
            this.subgroups = subgroups;
            this.screen = screen;
            this.size = subgroups.size();
            this.baseline = new boolean[size];
            boolean anyFrozen = offset < frozen;
            for (int i = 0; i < size; i++) {
                baseline[i] = !anyFrozen || offset + i < frozen;
            }
            this.value = new double[size];
            for (int i = 0; i < size; i++) {
                value[i] = subgroups.get(i).value;
            }
            this.cl = new double[size];
            this.lcl = new double[size];
            this.ucl = new double[size];
        }

        boolean inCalculation(int i) {
            return baseline[i] && !subgroups.get(i).excluded;
        }

        /** The values of the subgroups the limits come from, in x order, missing ones included as NaN. */
        double[] calculationValues(double[] values) {
            double[] chosen = new double[size];
            int k = 0;
            for (int i = 0; i < size; i++) {
                if (inCalculation(i)) {
                    chosen[k++] = values[i];
                }
            }
            return k == size ? chosen : Arrays.copyOf(chosen, k);
        }

        void compute() {
            switch (chart) {
                case RUN -> {
                    Arrays.fill(cl, median(calculationValues(value)));
                    Arrays.fill(lcl, Double.NaN);
                    Arrays.fill(ucl, Double.NaN);
                }
                case I -> individuals(value);
                case T -> timeBetween();
                case MR -> movingRanges();
                case XBAR, S -> measurements();
                case P, PP, U, UP -> ratios();
                case C -> counts();
                case G -> casesBetween();
            }
            for (int i = 0; i < size; i++) {
                lcl[i] = finiteOrNaN(lcl[i]);
                ucl[i] = finiteOrNaN(ucl[i]);
                cl[i] = finiteOrNaN(cl[i]);
            }
        }

        private void individuals(double[] values) {
            double centre = mean(calculationValues(values));
            double sigma = averageMovingRange(calculationValues(values)) / D2;
            Arrays.fill(cl, centre);
            Arrays.fill(lcl, centre - 3 * sigma);
            Arrays.fill(ucl, centre + 3 * sigma);
        }

        /** I chart on y^(1/3.6), which makes exponential times roughly normal, and back again. */
        private void timeBetween() {
            double[] transformed = Arrays.stream(value).map(v -> Math.pow(v, 1 / 3.6)).toArray();
            individuals(transformed);
            for (int i = 0; i < size; i++) {
                cl[i] = Math.pow(cl[i], 3.6);
                ucl[i] = Math.pow(ucl[i], 3.6);
                double lower = Math.pow(lcl[i], 3.6);
                lcl[i] = Double.isNaN(lower) || lower < 0 ? 0 : lower;
            }
        }

        private void movingRanges() {
            double[] ranges = new double[size];
            ranges[0] = Double.NaN;
            for (int i = 1; i < size; i++) {
                ranges[i] = Math.abs(value[i] - value[i - 1]);
            }
            System.arraycopy(ranges, 0, value, 0, size);
            double centre = mean(calculationValues(ranges));
            Arrays.fill(cl, centre);
            Arrays.fill(lcl, 0);
            Arrays.fill(ucl, D4 * centre);
        }

        private void measurements() {
            boolean variableSizes = subgroups.stream().mapToInt(s -> s.yCount).distinct().count() > 1;
            double sigma;
            if (variableSizes) {
                double squares = 0;
                double degrees = 0;
                for (int i = 0; i < size; i++) {
                    Subgroup s = subgroups.get(i);
                    if (inCalculation(i) && s.yCount > 0) {
                        if (!Double.isNaN(s.ySd)) {
                            squares += (s.yCount - 1) * s.ySd * s.ySd;
                        }
                        degrees += s.yCount - 1;
                    }
                }
                sigma = Math.sqrt(squares / degrees);
            } else {
                sigma = mean(calculationValues(subgroups.stream().mapToDouble(s -> s.ySd).toArray()));
            }
            if (chart == SpcChart.XBAR) {
                double weighted = 0;
                double count = 0;
                for (int i = 0; i < size; i++) {
                    Subgroup s = subgroups.get(i);
                    if (inCalculation(i) && s.yCount > 0) {
                        weighted += s.yCount * s.yMean;
                        count += s.yCount;
                    }
                }
                double centre = weighted / count;
                for (int i = 0; i < size; i++) {
                    double a3 = ControlConstants.a3(subgroups.get(i).yCount);
                    cl[i] = centre;
                    lcl[i] = centre - a3 * sigma;
                    ucl[i] = centre + a3 * sigma;
                }
            } else {
                for (int i = 0; i < size; i++) {
                    int n = subgroups.get(i).yCount;
                    cl[i] = sigma;
                    lcl[i] = ControlConstants.b3(n) * sigma;
                    ucl[i] = ControlConstants.b4(n) * sigma;
                }
            }
        }

        private void ratios() {
            double numerator = 0;
            double denominator = 0;
            for (int i = 0; i < size; i++) {
                if (inCalculation(i) && !Double.isNaN(value[i])) {
                    numerator += subgroups.get(i).ySum;
                    denominator += subgroups.get(i).nSum;
                }
            }
            double centre = numerator / denominator;
            boolean proportion = chart.isProportion();
            double[] sigma = new double[size];
            for (int i = 0; i < size; i++) {
                double variance = proportion ? centre * (1 - centre) : centre;
                sigma[i] = Math.sqrt(variance / subgroups.get(i).nSum);
            }
            if (chart == SpcChart.PP || chart == SpcChart.UP) {
                // Laney: the moving ranges of the z-scores measure variation between subgroups.
                double[] z = new double[size];
                for (int i = 0; i < size; i++) {
                    z[i] = (value[i] - centre) / sigma[i];
                }
                double sigmaZ = averageMovingRange(calculationValues(z)) / D2;
                for (int i = 0; i < size; i++) {
                    sigma[i] *= sigmaZ;
                }
            }
            for (int i = 0; i < size; i++) {
                cl[i] = centre;
                lcl[i] = centre - 3 * sigma[i];
                ucl[i] = centre + 3 * sigma[i];
                if (Double.isFinite(lcl[i]) && lcl[i] < 0) {
                    lcl[i] = 0;
                }
                if (proportion && Double.isFinite(ucl[i]) && ucl[i] > 1) {
                    ucl[i] = 1;
                }
            }
        }

        private void counts() {
            double centre = mean(calculationValues(value));
            double sigma = Math.sqrt(centre);
            Arrays.fill(cl, centre);
            Arrays.fill(lcl, Math.max(0, centre - 3 * sigma));
            Arrays.fill(ucl, centre + 3 * sigma);
        }

        /** Limits from the geometric distribution's mean; the centre line shown is the median. */
        private void casesBetween() {
            double mean = mean(calculationValues(value));
            double sigma = Math.sqrt(mean * (mean + 1));
            Arrays.fill(cl, median(calculationValues(value)));
            Arrays.fill(lcl, Math.max(0, mean - 3 * sigma));
            Arrays.fill(ucl, mean + 3 * sigma);
        }

        private double averageMovingRange(double[] values) {
            double[] ranges = new double[Math.max(values.length - 1, 0)];
            for (int i = 1; i < values.length; i++) {
                ranges[i - 1] = Math.abs(values[i] - values[i - 1]);
            }
            double average = mean(ranges);
            if (screen) {
                double limit = D4 * average;
                average = mean(Arrays.stream(ranges).filter(r -> r < limit).toArray());
            }
            return average;
        }

        PartSummary emit(List<ChartPoint> points) {
            double[] includedValues = new double[size];
            double[] includedCentre = new double[size];
            int k = 0;
            for (int i = 0; i < size; i++) {
                if (!subgroups.get(i).excluded) {
                    includedValues[k] = value[i];
                    includedCentre[k] = cl[i];
                    k++;
                }
            }
            RunsAnalysis.Outcome runs = RunsAnalysis.analyse(Arrays.copyOf(includedValues, k),
                    Arrays.copyOf(includedCentre, k));
            boolean runsSignal = runs.signal() && chart != SpcChart.MR;
            String part = subgroups.get(0).part;
            for (int i = 0; i < size; i++) {
                Subgroup s = subgroups.get(i);
                boolean sigmaSignal = value[i] > ucl[i] || value[i] < lcl[i];
                points.add(new ChartPoint(s.key, orNull(s.ySum), orNull(s.nSum), orNull(value[i]), orNull(cl[i]),
                        orNull(lcl[i]), orNull(ucl[i]), sigmaSignal, runsSignal, part, baseline[i], !s.excluded));
            }
            return new PartSummary(part, runs.nUseful(), runs.longestRun(), runs.longestRunMax(), runs.crossings(),
                    runs.crossingsMin(), runsSignal);
        }
    }

    static double mean(double[] values) {
        return Arrays.stream(values).filter(v -> !Double.isNaN(v)).average().orElse(Double.NaN);
    }

    static double median(double[] values) {
        double[] present = Arrays.stream(values).filter(v -> !Double.isNaN(v)).sorted().toArray();
        if (present.length == 0) {
            return Double.NaN;
        }
        int middle = present.length / 2;
        return present.length % 2 == 1 ? present[middle] : (present[middle - 1] + present[middle]) / 2;
    }

    private static double finiteOrNaN(double value) {
        return Double.isFinite(value) ? value : Double.NaN;
    }

    private static Double orNull(double value) {
        return Double.isFinite(value) ? value : null;
    }
}
