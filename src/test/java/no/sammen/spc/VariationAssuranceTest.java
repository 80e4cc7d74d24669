package no.sammen.spc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import no.sammen.spc.VariationAssurance.Assurance;
import no.sammen.spc.VariationAssurance.Judgement;
import no.sammen.spc.VariationAssurance.Variation;

import org.junit.jupiter.api.Test;

class VariationAssuranceTest {

    /** Alternating 50 and 40 of 100: centre 45 %, limits about 30 % and 60 %, no signal. */
    private static final double[] STEADY = {50, 40, 50, 40, 50, 40, 50, 40, 50, 40, 50, 40};

    /**
     * A C chart of counts (ADR 0032): alternating 8 and 10 sessions, c̄ = 9, limits 9 ± 3·√9 = 0 and 18. A goal of
     * 0 lies on the lower limit (met), 20 above the upper one (missed), 12 between them (hit and miss).
     */
    @Test
    void aCountIsJudgedAgainstItsGoalByThePoissonLimitsOfItsCChart() {
        List<Observation> counts = new java.util.ArrayList<>();
        for (int i = 0; i < 12; i++) {
            counts.add(new Observation(new SubgroupKey.Number(java.math.BigDecimal.valueOf(i)), i % 2 == 0 ? 8.0 : 10.0, null, null, false));
        }
        SpcResult c = SpcEngine.compute("c", counts, null, false);
        assertThat(c.points().get(0).cl()).isEqualTo(9.0);
        assertThat(c.points().get(0).ucl()).isEqualTo(18.0);
        assertThat(c.points().get(0).lcl()).isEqualTo(0.0);
        assertThat(judge(c, true, 0.0).assurance()).isEqualTo(Assurance.MET);
        assertThat(judge(c, true, 20.0).assurance()).isEqualTo(Assurance.MISSED);
        assertThat(judge(c, true, 12.0).assurance()).isEqualTo(Assurance.HIT_AND_MISS);
        assertThat(judge(c, true, null).assurance()).isEqualTo(Assurance.NONE);
        assertThat(judge(c, true, 12.0).variation()).isEqualTo(Variation.COMMON_CAUSE);
    }

    @Test
    void steadyValuesAreCommonCause() {
        assertThat(judge(chart(STEADY), true, null).variation()).isEqualTo(Variation.COMMON_CAUSE);
    }

    @Test
    void aValueBeyondTheUpperLimitIsImprovingWhenHigherIsBetterAndConcerningOtherwise() {
        double[] values = STEADY.clone();
        values[5] = 95;
        assertThat(judge(chart(values), true, null).variation()).isEqualTo(Variation.IMPROVING);
        assertThat(judge(chart(values), false, null).variation()).isEqualTo(Variation.CONCERNING);
    }

    @Test
    void theLatestValueBeyondALimitDecides() {
        double[] values = STEADY.clone();
        values[2] = 5;
        values[8] = 95;
        assertThat(judge(chart(values), true, null).variation()).isEqualTo(Variation.IMPROVING);
        values[2] = 95;
        values[8] = 5;
        assertThat(judge(chart(values), true, null).variation()).isEqualTo(Variation.CONCERNING);
    }

    @Test
    void aShiftUpwardsIsARunsSignalJudgedByWhereTheProcessNowRuns() {
        // 3 of 10 for a year, then 6 of 10: no value beyond the limits, but a run of 12 on each side.
        double[] y = new double[24];
        for (int i = 0; i < 24; i++) {
            y[i] = i < 12 ? 3 : 6;
        }
        SpcResult chart = chart(y, 10, null);
        assertThat(chart.points()).noneMatch(ChartPoint::sigmaSignal);
        assertThat(judge(chart, true, null).variation()).isEqualTo(Variation.IMPROVING);
        assertThat(judge(chart, false, null).variation()).isEqualTo(Variation.CONCERNING);
    }

    @Test
    void onlyTheLatestPhaseIsJudged() {
        double[] values = new double[24];
        String[] parts = new String[24];
        for (int i = 0; i < 24; i++) {
            values[i] = STEADY[i % 12];
            parts[i] = i < 12 ? "before" : "after";
        }
        values[3] = 95;
        assertThat(judge(chart(values, 100, parts), true, null).variation()).isEqualTo(Variation.COMMON_CAUSE);
    }

    @Test
    void tooFewValuesInTheLatestPhaseGiveNoJudgement() {
        double[] values = {50, 40, 50, 40, 95};
        Judgement judgement = judge(chart(values), true, 0.1);
        assertThat(judgement.variation()).isEqualTo(Variation.NONE);
        assertThat(judgement.assurance()).isEqualTo(Assurance.NONE);
    }

    @Test
    void aTargetTheLowerLimitReachesIsConsistentlyMetWhenHigherIsBetter() {
        assertThat(judge(chart(STEADY), true, 0.25).assurance()).isEqualTo(Assurance.MET);
    }

    @Test
    void aTargetAboveTheUpperLimitIsConsistentlyMissedWhenHigherIsBetter() {
        assertThat(judge(chart(STEADY), true, 0.70).assurance()).isEqualTo(Assurance.MISSED);
    }

    @Test
    void aTargetBetweenTheLimitsIsHitAndMiss() {
        assertThat(judge(chart(STEADY), true, 0.50).assurance()).isEqualTo(Assurance.HIT_AND_MISS);
        assertThat(judge(chart(STEADY), false, 0.50).assurance()).isEqualTo(Assurance.HIT_AND_MISS);
    }

    @Test
    void whenLowerIsBetterTheSidesAreMirrored() {
        assertThat(judge(chart(STEADY), false, 0.70).assurance()).isEqualTo(Assurance.MET);
        assertThat(judge(chart(STEADY), false, 0.25).assurance()).isEqualTo(Assurance.MISSED);
    }

    @Test
    void withoutATargetThereIsNoAssurance() {
        assertThat(judge(chart(STEADY), true, null).assurance()).isEqualTo(Assurance.NONE);
    }

    @Test
    void theLimitsAreThoseOfTheMeanDenominator() {
        double[] limits = VariationAssurance.limits(chart(STEADY).points());
        // p = 0.45, n = 100: 0.45 ± 3 × 0.0497
        assertThat(limits[0]).isCloseTo(0.3008, org.assertj.core.data.Offset.offset(0.001));
        assertThat(limits[1]).isCloseTo(0.5992, org.assertj.core.data.Offset.offset(0.001));
    }

    private static Judgement judge(SpcResult chart, boolean higherIsBetter, Double target) {
        return VariationAssurance.judge(chart, higherIsBetter, target);
    }

    /** A P chart of counts out of 100 a month. */
    private static SpcResult chart(double[] y) {
        return chart(y, 100, null);
    }

    private static SpcResult chart(double[] y, double n, String[] parts) {
        List<Observation> observations = new ArrayList<>();
        for (int i = 0; i < y.length; i++) {
            observations.add(new Observation(new SubgroupKey.Number(java.math.BigDecimal.valueOf(i + 1)), y[i], n, parts == null ? null : parts[i],
                    false));
        }
        return SpcEngine.compute("p", observations, null, true);
    }
}
