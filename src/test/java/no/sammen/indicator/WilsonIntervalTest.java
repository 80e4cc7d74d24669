package no.sammen.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class WilsonIntervalTest {

    private static final double TOLERANCE = 5e-5;

    @Test
    void zeroOfTen() {
        // Lower bound 0; upper = z² / (n + z²) = 3.841459 / 13.841459 = 0.277530.
        WilsonInterval interval = WilsonInterval.of(0, 10).orElseThrow();

        assertThat(interval.lower()).isZero();
        assertThat(interval.upper()).isCloseTo(0.2775, within(TOLERANCE));
    }

    @Test
    void fiveOfTen() {
        // Centre 0.5; half = z / (1 + z²/10) · √(0.25/10 + z²/400) = 1.959964 / 1.384146 · 0.186021 = 0.263407.
        WilsonInterval interval = WilsonInterval.of(5, 10).orElseThrow();

        assertThat(interval.lower()).isCloseTo(0.2366, within(TOLERANCE));
        assertThat(interval.upper()).isCloseTo(0.7634, within(TOLERANCE));
    }

    @Test
    void eightyOneOf263() {
        // p = 81/263 = 0.307985; z² = 3.841459; z²/2n = 0.007303; 1 + z²/n = 1.014606.
        // centre = (0.307985 + 0.007303) / 1.014606 = 0.310749
        // half   = 1.959964 / 1.014606 · √(0.307985 · 0.692015 / 263 + 3.841459 / 276676)
        //        = 1.931748 · √(0.000810381 + 0.0000138843) = 1.931748 · 0.028710 = 0.055461
        // interval [0.255289, 0.366210]
        WilsonInterval interval = WilsonInterval.of(81, 263).orElseThrow();

        assertThat(interval.lower()).isCloseTo(0.255289, within(1e-6));
        assertThat(interval.upper()).isCloseTo(0.366210, within(1e-6));
    }

    @Test
    void allOfTenMirrorsNoneOfTen() {
        WilsonInterval interval = WilsonInterval.of(10, 10).orElseThrow();

        assertThat(interval.upper()).isEqualTo(1.0);
        assertThat(interval.lower()).isCloseTo(1 - 0.2775, within(TOLERANCE));
    }

    @Test
    void anEmptyDenominatorHasNoInterval() {
        assertThat(WilsonInterval.of(0, 0)).isEmpty();
    }

    @Test
    void boundsStayInsideTheUnitIntervalAndAroundTheProportion() {
        for (long n = 1; n <= 60; n++) {
            for (long x = 0; x <= n; x++) {
                WilsonInterval interval = WilsonInterval.of(x, n).orElseThrow();
                double p = (double) x / n;
                assertThat(interval.lower()).isBetween(0.0, p);
                assertThat(interval.upper()).isBetween(p, 1.0);
                assertThat(interval.lower()).isLessThan(interval.upper());
            }
        }
    }

    @Test
    void aLargerZWidensTheInterval() {
        WilsonInterval ninetyFive = WilsonInterval.of(30, 100).orElseThrow();
        WilsonInterval ninetyNine = WilsonInterval.of(30, 100, 2.5758293035489).orElseThrow();

        assertThat(ninetyNine.lower()).isLessThan(ninetyFive.lower());
        assertThat(ninetyNine.upper()).isGreaterThan(ninetyFive.upper());
    }

    @Test
    void badInputIsRefused() {
        assertThatThrownBy(() -> WilsonInterval.of(3, 2)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> WilsonInterval.of(-1, 2)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> WilsonInterval.of(1, 2, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
