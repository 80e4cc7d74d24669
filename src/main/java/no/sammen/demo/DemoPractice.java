package no.sammen.demo;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;

/**
 * A unit's level of practice on a given day: the chance that a course gets what the guideline
 * expects in time. It lies at the unit's baseline before the implementation start, rises over the
 * first months after it to the unit's new level, and varies from month to month; in July, with
 * summer staff, it drops, more so once the unit depends on the new routines. So a unit's run chart
 * shows a shift after the start, and its control chart the odd special cause.
 */
final class DemoPractice {

    /** Months from the implementation start to the new level. */
    static final int RAMP_MONTHS = 3;
    private static final double MONTHLY_NOISE = 0.06;

    private final LocalDate implementationStart;
    private final double baseline;
    private final double improved;
    private final Random random;
    private final Map<YearMonth, Double> noise = new HashMap<>();

    /** A unit's practice with a drawn baseline (15–35 %) and rise (40–55 points, to at most 92 %). */
    static DemoPractice drawn(LocalDate implementationStart, Random random) {
        double baseline = 0.15 + random.nextDouble() * 0.2;
        return new DemoPractice(implementationStart, baseline,
                Math.min(0.92, baseline + 0.4 + random.nextDouble() * 0.15), random);
    }

    DemoPractice(LocalDate implementationStart, double baseline, double improved, Random random) {
        this.implementationStart = implementationStart;
        this.baseline = baseline;
        this.improved = improved;
        this.random = random;
    }

    double at(LocalDate date) {
        double level = baseline;
        if (!date.isBefore(implementationStart)) {
            double months = ChronoUnit.DAYS.between(implementationStart, date) / 30.4;
            level = baseline + (improved - baseline) * Math.min(1, months / RAMP_MONTHS);
        }
        if (date.getMonth() == Month.JULY) {
            level -= date.isBefore(implementationStart) ? 0.1 : 0.25;
        }
        level += noise.computeIfAbsent(YearMonth.from(date), m -> random.nextGaussian() * MONTHLY_NOISE);
        return Math.max(0.03, Math.min(0.95, level));
    }
}
