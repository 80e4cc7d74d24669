package no.sammen.demo;

import java.util.Random;

/**
 * What a unit of each type takes in and keeps in the demo: how many courses start a month, how many
 * of them are psychosis, how long they last, and how far network meetings are part of its work. The
 * figures are those of a Norwegian DPS (ADR 0018): a ward admits 8–15 a month for two to three weeks,
 * a clinic opens 5–10 psychosis courses a month besides others and keeps them for months, an
 * ambulatory acute team sees many for a week or two, day rehabilitation few for half a year.
 * The names are those of the {@code unit_type} column.
 */
enum DemoUnitType {

    INPATIENT(11, 0.55, 18, 14, 0.7, 1, 120, 0.35, 1.0, 8),
    OUTPATIENT(13, 0.6, 200, 150, 0.6, 21, 720, 0.04, 0.85, 9),
    AMBULATORY_ACUTE_TEAM(22, 0.2, 10, 8, 0.6, 1, 35, 0.0, 0.55, 6),
    DAY_REHABILITATION(3, 0.7, 180, 150, 0.4, 60, 400, 0.0, 1.1, 4);

    /** Courses started a month in a unit of average size. */
    final double coursesPerMonth;
    /** The share of them with a psychosis diagnosis, unless the unit says otherwise. */
    final double psychosisShare;
    private final int psychosisMedianDays;
    private final int otherMedianDays;
    /** The spread of the log-normal length of a course. */
    private final double spread;
    private final int shortestDays;
    private final int longestDays;
    final double compulsoryShare;
    /** How much more or less than the unit's practice its courses get a network meeting. */
    final double meetingFactor;
    /** Staff of the unit who register. */
    final int staff;

    DemoUnitType(double coursesPerMonth, double psychosisShare, int psychosisMedianDays, int otherMedianDays,
            double spread, int shortestDays, int longestDays, double compulsoryShare, double meetingFactor,
            int staff) {
        this.coursesPerMonth = coursesPerMonth;
        this.psychosisShare = psychosisShare;
        this.psychosisMedianDays = psychosisMedianDays;
        this.otherMedianDays = otherMedianDays;
        this.spread = spread;
        this.shortestDays = shortestDays;
        this.longestDays = longestDays;
        this.compulsoryShare = compulsoryShare;
        this.meetingFactor = meetingFactor;
        this.staff = staff;
    }

    /** A course's length in days: log-normal around the median of its kind, within the type's bounds. */
    int days(boolean psychosis, Random random) {
        double median = psychosis ? psychosisMedianDays : otherMedianDays;
        long days = Math.round(median * Math.exp(spread * random.nextGaussian()));
        return (int) Math.max(shortestDays, Math.min(longestDays, days));
    }

    /** A Poisson draw (Knuth's method; the means here are small). */
    static int poisson(double mean, Random random) {
        double limit = Math.exp(-mean);
        double product = random.nextDouble();
        int count = 0;
        while (product > limit) {
            count++;
            product *= random.nextDouble();
        }
        return count;
    }
}
