package no.sammen.spc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import no.sammen.shared.FieldProblem;
import no.sammen.shared.InvalidInputException;

import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/**
 * Worked examples, each computed by hand in its comment, for every chart type and for freeze, parts,
 * exclusion, missing values and moving-range screening.
 */
class SpcEngineTest {

    static final Offset<Double> EXACT = within(1e-12);

    static Observation at(int x, Double y) {
        return new Observation(new SubgroupKey.Number(BigDecimal.valueOf(x)), y, null, null, false);
    }

    static Observation at(int x, double y, double n) {
        return new Observation(new SubgroupKey.Number(BigDecimal.valueOf(x)), y, n, null, false);
    }

    static List<Observation> series(double... ys) {
        List<Observation> rows = new ArrayList<>();
        for (int i = 0; i < ys.length; i++) {
            rows.add(at(i + 1, ys[i]));
        }
        return rows;
    }

    static SpcResult compute(String chart, List<Observation> rows) {
        return SpcEngine.compute(chart, rows, null, true);
    }

    @Test
    void individualsChartTakesSigmaFromTheAverageMovingRange() {
        // y = 1 3 2 5 4: mean 15/5 = 3; moving ranges 2 1 3 1, average 7/4 = 1.75 (none above
        // 3.267 × 1.75 = 5.72); sigma = 1.75 / 1.128; limits 3 ± 3 × 1.75 / 1.128 = 3 ± 4.6543.
        SpcResult result = compute("i", series(1, 3, 2, 5, 4));

        ChartPoint first = result.points().get(0);
        assertThat(first.cl()).isCloseTo(3.0, EXACT);
        assertThat(first.ucl()).isCloseTo(3 + 3 * 1.75 / 1.128, EXACT);
        assertThat(first.lcl()).isCloseTo(3 - 3 * 1.75 / 1.128, EXACT);
        assertThat(first.lcl()).isNegative();
        assertThat(result.points()).noneMatch(ChartPoint::sigmaSignal);
    }

    @Test
    void largeMovingRangesAreScreenedOnceUnlessSwitchedOff() {
        // y = 1 2 1 2 1 2 1 2 30 2: mean 44/10 = 4.4; moving ranges seven 1s and two 28s, average
        // 63/9 = 7; 28 > 3.267 × 7 = 22.87, so both are dropped and the average becomes 1.
        List<Observation> rows = series(1, 2, 1, 2, 1, 2, 1, 2, 30, 2);

        ChartPoint screened = SpcEngine.compute("i", rows, null, true).points().get(0);
        ChartPoint unscreened = SpcEngine.compute("i", rows, null, false).points().get(0);

        assertThat(screened.ucl()).isCloseTo(4.4 + 3 * 1 / 1.128, EXACT);
        assertThat(unscreened.ucl()).isCloseTo(4.4 + 3 * 7 / 1.128, EXACT);
    }

    @Test
    void movingRangeChartHasNoFirstPointAndNoRunsSignal() {
        // y = 1 3 2 5 4: moving ranges – 2 1 3 1; centre 7/4 = 1.75; UCL 3.267 × 1.75 = 5.71725; LCL 0.
        // A run of 1s below the centre would otherwise be analysed; MR charts never signal runs.
        SpcResult result = compute("mr", series(1, 3, 2, 5, 4, 5, 4, 5, 4, 5, 4, 5, 4));

        assertThat(result.points().get(0).value()).isNull();
        assertThat(result.points().get(1).value()).isEqualTo(2.0);
        double centre = (2 + 1 + 3 + 1 + 1.0 * 8) / 12;
        assertThat(result.points().get(1).cl()).isCloseTo(centre, EXACT);
        assertThat(result.points().get(1).ucl()).isCloseTo(3.267 * centre, EXACT);
        assertThat(result.points().get(1).lcl()).isEqualTo(0.0);
        assertThat(result.parts().get(0).longestRun()).isGreaterThan(result.parts().get(0).longestRunMax());
        assertThat(result.parts().get(0).runsSignal()).isFalse();
        assertThat(result.points()).noneMatch(ChartPoint::runsSignal);
    }

    @Test
    void runChartCentreIsTheMedian() {
        // y = 5 1 4 2: sorted 1 2 4 5, median (2 + 4) / 2 = 3; no limits.
        SpcResult result = compute("run", series(5, 1, 4, 2));

        assertThat(result.points().get(0).cl()).isEqualTo(3.0);
        assertThat(result.points().get(0).ucl()).isNull();
        assertThat(result.points().get(0).lcl()).isNull();
    }

    @Test
    void pChartSumsRowsOfOneSubgroupClampsLimitsAndFreezesTheBaseline() {
        // Baseline (freeze 4): 2/10 3/10 2/10 3/10 (the first subgroup given as 1/5 + 1/5), p̄ = 10/40 = 0.25.
        // n = 10: sigma = sqrt(0.25 × 0.75 / 10) = 0.136931; UCL 0.25 + 0.410792 = 0.660792; LCL < 0 → 0.
        // n = 1: UCL 0.25 + 3 × 0.433013 = 1.549 → 1; the point 1/1 = 1 is on the limit, not outside it.
        // n = 10, y = 9: 0.9 > 0.660792 is a sigma signal.
        List<Observation> rows = List.of(at(1, 1, 5), at(1, 1, 5), at(2, 3, 10), at(3, 2, 10), at(4, 3, 10),
                at(5, 1, 1), at(6, 9, 10));

        SpcResult result = SpcEngine.compute("p", rows, 4, true);

        assertThat(result.points()).hasSize(6);
        ChartPoint first = result.points().get(0);
        assertThat(first.y()).isEqualTo(2.0);
        assertThat(first.n()).isEqualTo(10.0);
        assertThat(first.value()).isEqualTo(0.2);
        assertThat(first.cl()).isEqualTo(0.25);
        assertThat(first.ucl()).isCloseTo(0.25 + 3 * Math.sqrt(0.25 * 0.75 / 10), EXACT);
        assertThat(first.lcl()).isEqualTo(0.0);
        assertThat(first.baseline()).isTrue();
        ChartPoint onTheLimit = result.points().get(4);
        assertThat(onTheLimit.ucl()).isEqualTo(1.0);
        assertThat(onTheLimit.sigmaSignal()).isFalse();
        assertThat(onTheLimit.baseline()).isFalse();
        assertThat(result.points().get(5).sigmaSignal()).isTrue();
    }

    @Test
    void rowsOutOfOrderOrRepeatedAreChartedInXOrderAsIfGivenSorted() {
        // The same seven subgroups in order, then with the third and a later one moved to the end and one split
        // into two rows: the charts must be the same, point for point, in x order.
        List<Observation> sorted = List.of(at(1, 2, 10), at(2, 3, 10), at(3, 1, 10), at(4, 4, 10), at(5, 2, 10),
                at(6, 3, 10), at(7, 9, 10));
        List<Observation> shuffled = List.of(at(1, 2, 10), at(2, 3, 10), at(4, 4, 10), at(5, 1, 5), at(6, 3, 10),
                at(5, 1, 5), at(7, 9, 10), at(3, 1, 10));

        SpcResult expected = compute("p", sorted);
        SpcResult actual = compute("p", shuffled);

        assertThat(actual.points()).hasSize(7);
        for (int i = 0; i < 7; i++) {
            assertThat(actual.points().get(i).x()).isEqualTo(new SubgroupKey.Number(BigDecimal.valueOf(i + 1)));
            assertThat(actual.points().get(i).value()).isEqualTo(expected.points().get(i).value());
            assertThat(actual.points().get(i).ucl()).isEqualTo(expected.points().get(i).ucl());
            assertThat(actual.points().get(i).sigmaSignal()).isEqualTo(expected.points().get(i).sigmaSignal());
        }
        assertThat(actual.points().get(4).n()).isEqualTo(10.0);
    }

    @Test
    void laneyPPrimeScalesSigmaByTheMovingRangesOfTheZScores() {
        // y/n = 10/100 20/100 10/100 20/100: p̄ = 60/400 = 0.15, sigma_i = sqrt(0.15 × 0.85 / 100);
        // z = ∓0.05 / sigma_i, moving ranges 0.1 / sigma_i, sigma_z = (0.1 / sigma_i) / 1.128;
        // sigma′ = sigma_i × sigma_z = 0.1 / 1.128: with equal n, P′ is an I chart of the proportions.
        // UCL 0.15 + 3 × 0.1 / 1.128 = 0.415957; LCL < 0 → 0.
        List<Observation> rows = List.of(at(1, 10, 100), at(2, 20, 100), at(3, 10, 100), at(4, 20, 100));

        ChartPoint point = compute("pp", rows).points().get(0);

        assertThat(point.cl()).isCloseTo(0.15, EXACT);
        assertThat(point.ucl()).isCloseTo(0.15 + 3 * 0.1 / 1.128, EXACT);
        assertThat(point.lcl()).isEqualTo(0.0);
    }

    @Test
    void uChartLimitsDependOnEachSubgroupsSize() {
        // y/n = 2/1 4/2 8/4: ū = 14/7 = 2; sigma_i = sqrt(2 / n_i): UCL 2 + 3√2, 2 + 3, 2 + 3/√2;
        // LCL 2 − 3√2, −1, 2 − 2.1213 are all below 0 → 0.
        SpcResult result = compute("u", List.of(at(1, 2, 1), at(2, 4, 2), at(3, 8, 4)));

        assertThat(result.points()).extracting(ChartPoint::cl).containsOnly(2.0);
        assertThat(result.points().get(0).ucl()).isCloseTo(2 + 3 * Math.sqrt(2), EXACT);
        assertThat(result.points().get(1).ucl()).isCloseTo(5.0, EXACT);
        assertThat(result.points().get(2).ucl()).isCloseTo(2 + 3 / Math.sqrt(2), EXACT);
        assertThat(result.points()).extracting(ChartPoint::lcl).containsOnly(0.0);
    }

    @Test
    void laneyUPrimeScalesSigmaByTheMovingRangesOfTheZScores() {
        // y/n = 1/1 3/1 1/1 3/1: ū = 2, sigma_i = √2; z = ∓1/√2, moving ranges √2, sigma_z = √2 / 1.128;
        // sigma′ = √2 × √2 / 1.128 = 2 / 1.128; UCL 2 + 6 / 1.128 = 7.319149; LCL < 0 → 0.
        ChartPoint point = compute("up", List.of(at(1, 1, 1), at(2, 3, 1), at(3, 1, 1), at(4, 3, 1)))
                .points().get(0);

        assertThat(point.cl()).isCloseTo(2.0, EXACT);
        assertThat(point.ucl()).isCloseTo(2 + 6 / 1.128, EXACT);
        assertThat(point.lcl()).isEqualTo(0.0);
    }

    @Test
    void cChartUsesThePoissonSigmaOfSummedCounts() {
        // Counts 4 (2 + 2 in one subgroup) 9 5 6: c̄ = 24/4 = 6, sigma √6; UCL 6 + 3√6 = 13.348469; LCL < 0 → 0.
        List<Observation> rows = new ArrayList<>(series(9, 5, 6));
        rows.add(at(0, 2.0));
        rows.add(at(0, 2.0));

        SpcResult result = compute("c", rows);

        assertThat(result.points().get(0).value()).isEqualTo(4.0);
        assertThat(result.points().get(0).cl()).isEqualTo(6.0);
        assertThat(result.points().get(0).ucl()).isCloseTo(6 + 3 * Math.sqrt(6), EXACT);
        assertThat(result.points().get(0).lcl()).isEqualTo(0.0);
    }

    @Test
    void gChartLimitsComeFromTheMeanAndItsCentreIsTheMedian() {
        // Cases between events 0 2 4 10: mean 4, sigma sqrt(4 × 5) = √20; UCL 4 + 3√20 = 17.416408;
        // LCL 4 − 13.4 → 0; centre line the median (2 + 4) / 2 = 3.
        ChartPoint point = compute("g", series(0, 2, 4, 10)).points().get(0);

        assertThat(point.cl()).isEqualTo(3.0);
        assertThat(point.ucl()).isCloseTo(4 + 3 * Math.sqrt(20), EXACT);
        assertThat(point.lcl()).isEqualTo(0.0);
    }

    @Test
    void tChartIsAnIndividualsChartOnTransformedTimes() {
        // Times t^3.6 for t = 1 2 1 2: transformed 1 2 1 2, mean 1.5, moving ranges 1, sigma 1/1.128;
        // back-transformed CL 1.5^3.6, UCL (1.5 + 3/1.128)^3.6; the transformed LCL is negative → 0.
        SpcResult result = compute("t", series(1, Math.pow(2, 3.6), 1, Math.pow(2, 3.6)));

        ChartPoint point = result.points().get(0);
        assertThat(point.cl()).isCloseTo(Math.pow(1.5, 3.6), within(1e-9));
        assertThat(point.ucl()).isCloseTo(Math.pow(1.5 + 3 / 1.128, 3.6), within(1e-9));
        assertThat(point.lcl()).isEqualTo(0.0);
        assertThat(result.points().get(1).value()).isCloseTo(Math.pow(2, 3.6), within(1e-9));
    }

    @Test
    void xbarAndSChartsWithEqualSubgroupSizes() {
        // Subgroups {1,2,3} {2,4,6} {3,3,3}: means 2 4 3, sds 1 2 0; grand mean 3, s̄ = 1.
        // c4(3) = Γ(3/2)/Γ(1) = √π/2 = 0.886227; A3 = 3/(c4 √3) = 1.954410; c5 = sqrt(1 − π/4);
        // B4 = 1 + 3 c5/c4 = 2.568170; B3 = 1 − 3 c5/c4 < 0 → 0.
        List<Observation> rows = new ArrayList<>();
        double[][] groups = {{1, 2, 3}, {2, 4, 6}, {3, 3, 3}};
        for (int g = 0; g < groups.length; g++) {
            for (double y : groups[g]) {
                rows.add(at(g + 1, y));
            }
        }
        double c4 = Math.sqrt(Math.PI) / 2;
        double a3 = 3 / (c4 * Math.sqrt(3));
        double b4 = 1 + 3 * Math.sqrt(1 - c4 * c4) / c4;

        ChartPoint xbar = compute("xbar", rows).points().get(1);
        ChartPoint s = compute("s", rows).points().get(1);

        assertThat(xbar.value()).isEqualTo(4.0);
        assertThat(xbar.cl()).isCloseTo(3.0, EXACT);
        assertThat(xbar.ucl()).isCloseTo(3 + a3, EXACT);
        assertThat(xbar.lcl()).isCloseTo(3 - a3, EXACT);
        assertThat(a3).isCloseTo(1.954, within(5e-4));
        assertThat(s.value()).isCloseTo(2.0, EXACT);
        assertThat(s.cl()).isCloseTo(1.0, EXACT);
        assertThat(s.ucl()).isCloseTo(b4, EXACT);
        assertThat(b4).isCloseTo(2.568, within(5e-4));
        assertThat(s.lcl()).isEqualTo(0.0);
    }

    @Test
    void xbarChartWithUnequalSubgroupSizesPoolsTheVariance() {
        // {1,2,3} (n 3, s 1), {2,6} (n 2, s √8), {3,3,3,3} (n 4, s 0):
        // pooled s = sqrt((2 × 1 + 1 × 8 + 3 × 0) / (2 + 1 + 3)) = sqrt(10/6);
        // grand mean (3 × 2 + 2 × 4 + 4 × 3) / 9 = 26/9; the n = 2 point: A3(2) = 3/(c4(2) √2), c4(2) = √(2/π).
        List<Observation> rows = new ArrayList<>(List.of(at(1, 1.0), at(1, 2.0), at(1, 3.0), at(2, 2.0), at(2, 6.0)));
        for (int i = 0; i < 4; i++) {
            rows.add(at(3, 3.0));
        }
        double pooled = Math.sqrt(10.0 / 6);
        double a3 = 3 / (Math.sqrt(2 / Math.PI) * Math.sqrt(2));

        ChartPoint point = compute("xbar", rows).points().get(1);

        assertThat(point.cl()).isCloseTo(26.0 / 9, EXACT);
        assertThat(point.ucl()).isCloseTo(26.0 / 9 + a3 * pooled, EXACT);
        assertThat(compute("s", rows).points().get(1).cl()).isCloseTo(pooled, EXACT);
    }

    @Test
    void controlConstantsAgreeWithTheTabulatedValues() {
        // Montgomery, Introduction to Statistical Quality Control, Appendix VI.
        assertThat(ControlConstants.c4(2)).isCloseTo(0.7979, within(5e-5));
        assertThat(ControlConstants.c4(5)).isCloseTo(0.9400, within(5e-5));
        assertThat(ControlConstants.c4(25)).isCloseTo(0.9896, within(5e-5));
        assertThat(ControlConstants.a3(5)).isCloseTo(1.427, within(5e-4));
        assertThat(ControlConstants.a3(10)).isCloseTo(0.975, within(5e-4));
        assertThat(ControlConstants.b3(6)).isCloseTo(0.030, within(5e-4));
        assertThat(ControlConstants.b4(10)).isCloseTo(1.716, within(5e-4));
        assertThat(ControlConstants.c4(1)).isNaN();
    }

    @Test
    void excludedPointsGetLimitsButTakeNoPartInThem() {
        // y = 1 3 2 [50 excluded] 5 4: computed from 1 3 2 5 4 as in the individuals example
        // (CL 3, UCL 7.654); the excluded 50 is outside and flagged, but not counted in the runs
        // (of 1 3 2 5 4, the 3 lies on the centre line: 4 useful points).
        List<Observation> rows = new ArrayList<>(series(1, 3, 2, 50, 5, 4));
        rows.set(3, new Observation(rows.get(3).x(), 50.0, null, null, true));

        SpcResult result = compute("i", rows);

        ChartPoint excluded = result.points().get(3);
        assertThat(excluded.included()).isFalse();
        assertThat(excluded.cl()).isCloseTo(3.0, EXACT);
        assertThat(excluded.ucl()).isCloseTo(3 + 3 * 1.75 / 1.128, EXACT);
        assertThat(excluded.sigmaSignal()).isTrue();
        assertThat(result.parts().get(0).nUseful()).isEqualTo(4);
    }

    @Test
    void missingPointsAreCarriedWithLimitsAndIgnored() {
        // y = 1 – 3 2: mean of 1 3 2 = 2; moving ranges –, –, 1 (only 3→2 has two values), sigma 1/1.128.
        SpcResult result = compute("i", List.of(at(1, 1.0), at(2, (Double) null), at(3, 3.0), at(4, 2.0)));

        ChartPoint missing = result.points().get(1);
        assertThat(missing.value()).isNull();
        assertThat(missing.y()).isNull();
        assertThat(missing.cl()).isCloseTo(2.0, EXACT);
        assertThat(missing.ucl()).isCloseTo(2 + 3 / 1.128, EXACT);
        assertThat(missing.sigmaSignal()).isFalse();
        assertThat(result.parts().get(0).nUseful()).isEqualTo(2);
    }

    @Test
    void eachPartHasItsOwnCentreLineLimitsAndRunsAnalysis() {
        // before: 1 3 2 5 4 (CL 3, UCL 7.654); after: 11 13 12 15 14 (CL 13, same spread).
        List<Observation> rows = new ArrayList<>();
        double[] ys = {1, 3, 2, 5, 4, 11, 13, 12, 15, 14};
        for (int i = 0; i < ys.length; i++) {
            rows.add(new Observation(new SubgroupKey.Number(BigDecimal.valueOf(i)), ys[i], null,
                    i < 5 ? "before" : "after", false));
        }

        SpcResult result = compute("i", rows);

        assertThat(result.parts()).extracting(PartSummary::part).containsExactly("before", "after");
        assertThat(result.points().get(0).cl()).isCloseTo(3.0, EXACT);
        assertThat(result.points().get(9).cl()).isCloseTo(13.0, EXACT);
        assertThat(result.points().get(9).ucl()).isCloseTo(13 + 3 * 1.75 / 1.128, EXACT);
        assertThat(result.points()).noneMatch(ChartPoint::sigmaSignal);
        assertThat(result.parts().get(1).nUseful()).isEqualTo(4);
    }

    @Test
    void freezeReachesOnlyThePartsItCovers() {
        // Freeze 3 within "before" (1 3 2 → CL 2); "after" has no frozen subgroup and uses all its own.
        List<Observation> rows = new ArrayList<>();
        double[] ys = {1, 3, 2, 5, 11, 13, 12};
        for (int i = 0; i < ys.length; i++) {
            rows.add(new Observation(new SubgroupKey.Number(BigDecimal.valueOf(i)), ys[i], null,
                    i < 4 ? "before" : "after", false));
        }

        SpcResult result = SpcEngine.compute("i", rows, 3, true);

        assertThat(result.points().get(3).cl()).isCloseTo(2.0, EXACT);
        assertThat(result.points().get(3).baseline()).isFalse();
        assertThat(result.points().get(4).cl()).isCloseTo(12.0, EXACT);
        assertThat(result.points().get(4).baseline()).isTrue();
    }

    @Test
    void badInputNamesTheField() {
        assertProblem(() -> compute("x", series(1, 2)), "chart", "spc.chart.unknown");
        assertProblem(() -> compute("p", List.of(at(1, 2, 10), at(2, 3.0))), "points[1].n", "spc.n.required");
        assertProblem(() -> compute("p", List.of(at(1, 2, 10), at(2, 11, 10))), "points[1].y", "spc.y.aboveN");
        assertProblem(() -> compute("c", series(1, -2)), "points[1].y", "spc.y.negative");
        assertProblem(() -> compute("u", List.of(at(1, 2, 10), at(2, 1, -1))), "points[1].n", "spc.n.negative");
        assertProblem(() -> compute("t", series(1, 0)), "points[1].y", "spc.y.positive");
        assertProblem(() -> compute("i", series(1)), "points", "spc.points.tooFew");
        assertProblem(() -> SpcEngine.compute("i", series(1, 2, 3), 5, true), "freeze", "spc.freeze.outOfRange");
        List<Observation> interrupted = List.of(
                new Observation(new SubgroupKey.Number(BigDecimal.ONE), 1.0, null, "a", false),
                new Observation(new SubgroupKey.Number(BigDecimal.valueOf(2)), 1.0, null, "b", false),
                new Observation(new SubgroupKey.Number(BigDecimal.TEN), 1.0, null, "a", false));
        assertProblem(() -> compute("i", interrupted), "points[2].part", "spc.part.notContiguous");
    }

    static void assertProblem(Runnable call, String field, String key) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.problems()).extracting(FieldProblem::field, FieldProblem::messageKey)
                        .contains(org.assertj.core.groups.Tuple.tuple(field, key)));
    }
}
