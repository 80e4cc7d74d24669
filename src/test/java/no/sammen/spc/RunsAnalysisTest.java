package no.sammen.spc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RunsAnalysisTest {

    /**
     * Anhøj & Olesen 2014 (PLoS ONE 9(11): e113825), Table 1: the upper limit for the longest run,
     * round(log2(N)) + 3, and the lower limit for the number of crossings, the 5 % quantile of
     * Binomial(N − 1, 0.5), for N useful observations.
     */
    @ParameterizedTest
    @CsvSource({"10, 6, 2", "11, 6, 2", "12, 7, 3", "14, 7, 4", "17, 7, 5", "19, 7, 6", "20, 7, 6", "22, 7, 7",
        "23, 8, 7", "24, 8, 8", "30, 8, 10", "50, 9, 19", "100, 10, 41"})
    void limitsAgreeWithThePublishedTable(int n, int longestRunMax, int crossingsMin) {
        assertThat(RunsAnalysis.longestRunMax(n)).isEqualTo(longestRunMax);
        assertThat(RunsAnalysis.crossingsMin(n)).isEqualTo(crossingsMin);
    }

    @Test
    void crossingsLimitStaysExactForLongSeries() {
        // Binomial(999, 0.5) has mean 499.5 and sd 15.8; its 5 % quantile is 474 (R: qbinom(0.05, 999, 0.5)).
        assertThat(RunsAnalysis.crossingsMin(1000)).isEqualTo(474);
        assertThat(RunsAnalysis.crossingsMin(1)).isZero();
    }

    @Test
    void aLongRunSignals() {
        // Seven above then three below a centre of 0: N = 10, longest run 7 > 6, one crossing < 2.
        double[] values = {1, 1, 1, 1, 1, 1, 1, -1, -1, -1};

        RunsAnalysis.Outcome outcome = RunsAnalysis.analyse(values, new double[10]);

        assertThat(outcome.longestRun()).isEqualTo(7);
        assertThat(outcome.crossings()).isEqualTo(1);
        assertThat(outcome.signal()).isTrue();
    }

    @Test
    void tooFewCrossingsSignalEvenWithoutALongRun() {
        // 20 points in runs of 5: longest run 5 ≤ 7, but 3 crossings < 6.
        double[] values = new double[20];
        for (int i = 0; i < 20; i++) {
            values[i] = (i / 5) % 2 == 0 ? 1 : -1;
        }

        RunsAnalysis.Outcome outcome = RunsAnalysis.analyse(values, new double[20]);

        assertThat(outcome.longestRun()).isEqualTo(5);
        assertThat(outcome.crossings()).isEqualTo(3);
        assertThat(outcome.signal()).isTrue();
    }

    @Test
    void alternatingPointsDoNotSignal() {
        double[] values = {1, -1, 1, -1, 1, -1, 1, -1, 1, -1};

        RunsAnalysis.Outcome outcome = RunsAnalysis.analyse(values, new double[10]);

        assertThat(outcome.longestRun()).isEqualTo(1);
        assertThat(outcome.crossings()).isEqualTo(9);
        assertThat(outcome.signal()).isFalse();
    }

    @Test
    void pointsOnTheCentreLineAndMissingPointsAreIgnored() {
        // 2, 3 (on the centre), 4, 1, –, 1 around 3: useful 2 4 1 1 → sides − + − −: N 4, longest 2, 2 crossings.
        double[] values = {2, 3, 4, 1, Double.NaN, 1};
        double[] centre = new double[6];
        Arrays.fill(centre, 3);

        RunsAnalysis.Outcome outcome = RunsAnalysis.analyse(values, centre);

        assertThat(outcome.nUseful()).isEqualTo(4);
        assertThat(outcome.longestRun()).isEqualTo(2);
        assertThat(outcome.crossings()).isEqualTo(2);
    }

    @Test
    void noUsefulPointsGiveNoFiguresAndNoSignal() {
        RunsAnalysis.Outcome outcome = RunsAnalysis.analyse(new double[] {3, 3}, new double[] {3, 3});

        assertThat(outcome.nUseful()).isZero();
        assertThat(outcome.longestRun()).isNull();
        assertThat(outcome.signal()).isFalse();
    }
}
