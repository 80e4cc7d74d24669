package no.sammen.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import no.sammen.indicator.Suppression.Cell;
import no.sammen.indicator.Suppression.Result;
import no.sammen.indicator.Suppression.Sum;
import no.sammen.indicator.Suppression.SuppressionReason;

import org.junit.jupiter.api.Test;

class SuppressionTest {

    private static final long MIN = 5;

    /** Builds a table from cells and sums, with the totals computed from their parts. */
    private static final class Table {
        final Map<String, long[]> counts = new LinkedHashMap<>();
        final Map<String, Boolean> own = new HashMap<>();
        final List<Sum> sums = new ArrayList<>();

        Table leaf(String key, long numerator, long denominator) {
            counts.put(key, new long[] {numerator, denominator});
            return this;
        }

        Table own(String key) {
            own.put(key, true);
            return this;
        }

        Table sum(String total, String... parts) {
            long[] count = new long[2];
            for (String part : parts) {
                count[0] += counts.get(part)[0];
                count[1] += counts.get(part)[1];
            }
            counts.put(total, count);
            sums.add(new Sum(total, List.of(parts)));
            return this;
        }

        List<Cell> cells() {
            return counts.entrySet().stream()
                    .map(e -> new Cell(e.getKey(), e.getValue()[0], e.getValue()[1], own.getOrDefault(e.getKey(), false)))
                    .toList();
        }

        Result suppress() {
            return Suppression.apply(cells(), sums, MIN);
        }
    }

    @Test
    void nothingIsHiddenWithoutSmallCells() {
        Result result = new Table().leaf("a", 3, 12).leaf("b", 5, 5).sum("clinic", "a", "b").suppress();

        assertThat(result.hidden()).isEmpty();
    }

    @Test
    void aSmallUnitHidesTheSmallestOtherUnitOfItsClinic() {
        Table table = new Table().leaf("a", 2, 3).leaf("b", 10, 20).leaf("c", 30, 50).sum("clinic", "a", "b", "c");

        Result result = table.suppress();

        assertThat(result.reason("a")).isEqualTo(SuppressionReason.PRIMARY);
        assertThat(result.reason("b")).isEqualTo(SuppressionReason.SECONDARY);
        assertThat(result.isHidden("c")).isFalse();
        assertThat(result.isHidden("clinic")).isFalse();
        assertNothingHiddenIsExposed(table, result);
    }

    @Test
    void emptyCellsAreNeitherHiddenNorChosenToHide() {
        Table table = new Table().leaf("a", 1, 2).leaf("empty", 0, 0).leaf("c", 8, 9).sum("clinic", "a", "empty", "c");

        Result result = table.suppress();

        assertThat(result.isHidden("empty")).isFalse();
        assertThat(result.reason("c")).isEqualTo(SuppressionReason.SECONDARY);
    }

    @Test
    void twoSmallHiddenUnitsThatTogetherAreBelowTheMinimumHideAThird() {
        // a + b = 2 would tell that both are 1.
        Table table = new Table().leaf("a", 1, 1).leaf("b", 0, 1).leaf("c", 4, 6).leaf("d", 20, 30)
                .sum("clinic", "a", "b", "c", "d");

        Result result = table.suppress();

        assertThat(result.reason("a")).isEqualTo(SuppressionReason.PRIMARY);
        assertThat(result.reason("b")).isEqualTo(SuppressionReason.PRIMARY);
        assertThat(result.reason("c")).isEqualTo(SuppressionReason.SECONDARY);
        assertThat(result.isHidden("d")).isFalse();
    }

    @Test
    void ownUnitsAreNeverHiddenAndCountAsKnown() {
        Table table = new Table().leaf("own", 1, 3).leaf("x", 1, 2).leaf("y", 30, 40).own("own")
                .sum("clinic", "own", "x", "y");

        Result result = table.suppress();

        assertThat(result.isHidden("own")).isFalse();
        assertThat(result.reason("x")).isEqualTo(SuppressionReason.PRIMARY);
        assertThat(result.reason("y")).isEqualTo(SuppressionReason.SECONDARY);
        assertNothingHiddenIsExposed(table, result);
    }

    @Test
    void theTotalIsHiddenWhenOnlyOwnUnitsAreLeftToHide() {
        Table table = new Table().leaf("own", 10, 30).leaf("x", 1, 2).own("own").sum("clinic", "own", "x");

        Result result = table.suppress();

        assertThat(result.reason("x")).isEqualTo(SuppressionReason.PRIMARY);
        assertThat(result.reason("clinic")).isEqualTo(SuppressionReason.SECONDARY);
        assertThat(result.isHidden("own")).isFalse();
    }

    @Test
    void aClinicHiddenInTheRegionIsNotLeftComputableFromItsUnits() {
        // Clinic 1 is small in total; the region would give it away through clinic 2, and clinic 2,
        // once hidden, would be the plain sum of its shown units.
        Table table = new Table()
                .leaf("u1", 1, 2).leaf("u2", 1, 2).sum("clinic1", "u1", "u2")
                .leaf("u3", 10, 30).leaf("u4", 20, 40).sum("clinic2", "u3", "u4")
                .sum("region", "clinic1", "clinic2");

        Result result = table.suppress();

        assertThat(result.isHidden("clinic1")).isTrue();
        assertThat(result.isHidden("clinic2")).isTrue();
        assertThat(result.isHidden("u3") || result.isHidden("u4")).isTrue();
        assertThat(result.isHidden("region")).isFalse();
        assertNothingHiddenIsExposed(table, result);
    }

    @Test
    void aMonthHiddenInAUnitIsProtectedAcrossTheQuarterAndTheClinicAtOnce() {
        // Two units × three months, with each unit's quarter and the clinic's months and quarter.
        Table table = new Table()
                .leaf("a1", 1, 3).leaf("a2", 10, 20).leaf("a3", 12, 25).sum("aQ", "a1", "a2", "a3")
                .leaf("b1", 9, 30).leaf("b2", 11, 21).leaf("b3", 8, 22).sum("bQ", "b1", "b2", "b3")
                .sum("c1", "a1", "b1").sum("c2", "a2", "b2").sum("c3", "a3", "b3").sum("cQ", "aQ", "bQ");
        table.sums.add(new Sum("cQ", List.of("c1", "c2", "c3")));

        Result result = table.suppress();

        assertThat(result.reason("a1")).isEqualTo(SuppressionReason.PRIMARY);
        assertThat(result.hidden().size()).isGreaterThanOrEqualTo(4);
        assertNothingHiddenIsExposed(table, result);
    }

    @Test
    void aHiddenCellThatFollowsFromSeveralSumsTogetherGetsAPartner() {
        // Two blocks of four small cells joined by one small cell (r2c3): every row and column has two
        // or more hidden cells, yet rows 1 and 2 minus columns 1 and 2 leave r2c3 alone.
        long[][] denominators = {
                {2, 3, 20, 20},
                {3, 2, 2, 20},
                {20, 20, 2, 3},
                {20, 20, 3, 2}};
        Table table = new Table();
        for (int r = 0; r < 4; r++) {
            for (int c = 0; c < 4; c++) {
                table.leaf("r" + r + "c" + c, 1, denominators[r][c]);
            }
        }
        for (int r = 0; r < 4; r++) {
            table.sum("R" + r, "r" + r + "c0", "r" + r + "c1", "r" + r + "c2", "r" + r + "c3");
        }
        for (int c = 0; c < 4; c++) {
            table.sum("C" + c, "r0c" + c, "r1c" + c, "r2c" + c, "r3c" + c);
        }
        table.sum("G", "R0", "R1", "R2", "R3");
        table.sums.add(new Sum("G", List.of("C0", "C1", "C2", "C3")));

        Result result = table.suppress();

        assertThat(result.reason("r1c2")).isEqualTo(SuppressionReason.PRIMARY);
        assertThat(result.hidden().values()).contains(SuppressionReason.SECONDARY);
        assertNothingHiddenIsExposed(table, result);
    }

    @Test
    void randomTablesNeverLeaveAHiddenCellComputable() {
        Random random = new Random(20261122);
        for (int round = 0; round < 200; round++) {
            Table table = new Table();
            int clinics = 1 + random.nextInt(3);
            int months = 1 + random.nextInt(3);
            List<String> clinicQuarters = new ArrayList<>();
            List<List<String>> regionMonths = new ArrayList<>();
            for (int m = 0; m < months; m++) {
                regionMonths.add(new ArrayList<>());
            }
            for (int c = 0; c < clinics; c++) {
                int units = 1 + random.nextInt(4);
                List<String> unitQuarters = new ArrayList<>();
                List<List<String>> unitsOfMonth = new ArrayList<>();
                for (int m = 0; m < months; m++) {
                    unitsOfMonth.add(new ArrayList<>());
                }
                for (int u = 0; u < units; u++) {
                    boolean ownUnit = random.nextInt(8) == 0;
                    List<String> unitMonths = new ArrayList<>();
                    for (int m = 0; m < months; m++) {
                        String key = "u" + c + "." + u + ".m" + m;
                        long denominator = random.nextInt(4) == 0 ? random.nextInt(5) : random.nextInt(40);
                        table.leaf(key, denominator == 0 ? 0 : random.nextInt((int) denominator + 1), denominator);
                        if (ownUnit) {
                            table.own(key);
                        }
                        unitMonths.add(key);
                        unitsOfMonth.get(m).add(key);
                    }
                    String quarter = "u" + c + "." + u + ".q";
                    table.sum(quarter, unitMonths.toArray(String[]::new));
                    if (ownUnit) {
                        table.own(quarter);
                    }
                    unitQuarters.add(quarter);
                }
                List<String> clinicMonths = new ArrayList<>();
                for (int m = 0; m < months; m++) {
                    String key = "c" + c + ".m" + m;
                    table.sum(key, unitsOfMonth.get(m).toArray(String[]::new));
                    clinicMonths.add(key);
                    regionMonths.get(m).add(key);
                }
                String quarter = "c" + c + ".q";
                table.sum(quarter, unitQuarters.toArray(String[]::new));
                table.sums.add(new Sum(quarter, clinicMonths));
                clinicQuarters.add(quarter);
            }
            List<String> regionMonthKeys = new ArrayList<>();
            for (int m = 0; m < months; m++) {
                table.sum("r.m" + m, regionMonths.get(m).toArray(String[]::new));
                regionMonthKeys.add("r.m" + m);
            }
            table.sum("r.q", clinicQuarters.toArray(String[]::new));
            table.sums.add(new Sum("r.q", regionMonthKeys));

            Result result = table.suppress();

            // Totals of own units only are the viewer's to know as well.
            java.util.Set<String> known = new java.util.HashSet<>();
            table.cells().stream().filter(c -> c.own() || c.denominator() == 0).forEach(c -> known.add(c.key()));
            for (int pass = 0; pass < 4; pass++) {
                table.sums.stream().filter(sum -> known.containsAll(sum.parts())).forEach(sum -> known.add(sum.total()));
            }
            for (Cell cell : table.cells()) {
                boolean small = cell.denominator() > 0 && cell.denominator() < MIN;
                if (small && !known.contains(cell.key())) {
                    assertThat(result.isHidden(cell.key())).as("round %d, %s", round, cell.key()).isTrue();
                }
                if (known.contains(cell.key())) {
                    assertThat(result.isHidden(cell.key())).isFalse();
                }
                if (cell.denominator() == 0) {
                    assertThat(result.isHidden(cell.key())).isFalse();
                }
            }
            assertNothingHiddenIsExposed(table, result);
        }
    }

    @Test
    void sumsThatDoNotAddUpAreRefused() {
        List<Cell> cells = List.of(new Cell("a", 1, 2, false), new Cell("t", 1, 3, false));

        assertThatThrownBy(() -> Suppression.apply(cells, List.of(new Sum("t", List.of("a"))), MIN))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("add up");
        assertThatThrownBy(() -> Suppression.apply(cells, List.of(new Sum("t", List.of("zz"))), MIN))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unknown");
    }

    /**
     * The attacker's view, computed independently of the implementation with exact integer
     * arithmetic: a hidden cell can be worked out from the sums exactly when removing it from the
     * unknowns lowers the rank of the system of sums over the unknowns by one — that is, when every
     * solution of the homogeneous system has a zero in that cell's place. Every hidden cell must be
     * free to vary, and every sum whose total is shown must have its hidden parts add up to at
     * least the minimum.
     */
    private static void assertNothingHiddenIsExposed(Table table, Result result) {
        List<String> unknowns = table.counts.keySet().stream().filter(result::isHidden).sorted().toList();
        List<BigInteger[]> rows = new ArrayList<>();
        for (Sum sum : table.sums) {
            BigInteger[] row = new BigInteger[unknowns.size()];
            java.util.Arrays.fill(row, BigInteger.ZERO);
            int index = unknowns.indexOf(sum.total());
            if (index >= 0) {
                row[index] = row[index].add(BigInteger.ONE);
            }
            long hiddenParts = 0;
            for (String part : sum.parts()) {
                int p = unknowns.indexOf(part);
                if (p >= 0) {
                    row[p] = row[p].subtract(BigInteger.ONE);
                    hiddenParts += table.counts.get(part)[1];
                }
            }
            rows.add(row);
            if (index < 0 && hiddenParts > 0) {
                assertThat(hiddenParts).as("hidden parts of %s together", sum.total()).isGreaterThanOrEqualTo(MIN);
            }
        }
        int rank = rank(rows, -1);
        for (int u = 0; u < unknowns.size(); u++) {
            assertThat(rank(rows, u)).as("%s is computable from what is shown", unknowns.get(u)).isEqualTo(rank);
        }
    }

    /** The rank of the rows with column {@code skip} left out, by fraction-free elimination. */
    private static int rank(List<BigInteger[]> rows, int skip) {
        List<BigInteger[]> m = new ArrayList<>();
        for (BigInteger[] row : rows) {
            List<BigInteger> kept = new ArrayList<>();
            for (int c = 0; c < row.length; c++) {
                if (c != skip) {
                    kept.add(row[c]);
                }
            }
            m.add(kept.toArray(BigInteger[]::new));
        }
        int columns = m.isEmpty() ? 0 : m.get(0).length;
        int rank = 0;
        for (int c = 0; c < columns && rank < m.size(); c++) {
            int pivot = -1;
            for (int r = rank; r < m.size(); r++) {
                if (m.get(r)[c].signum() != 0) {
                    pivot = r;
                    break;
                }
            }
            if (pivot < 0) {
                continue;
            }
            java.util.Collections.swap(m, rank, pivot);
            BigInteger[] p = m.get(rank);
            for (int r = rank + 1; r < m.size(); r++) {
                BigInteger[] row = m.get(r);
                if (row[c].signum() != 0) {
                    BigInteger factor = row[c];
                    for (int k = 0; k < columns; k++) {
                        row[k] = row[k].multiply(p[c]).subtract(p[k].multiply(factor));
                    }
                }
            }
            rank++;
        }
        return rank;
    }
}
