package no.sammen.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import no.sammen.indicator.Suppression.Cell;
import no.sammen.indicator.Suppression.SuppressedCell;
import no.sammen.indicator.Suppression.SuppressionReason;
import no.sammen.indicator.Suppression.SuppressionResult;

import org.junit.jupiter.api.Test;

class SuppressionTest {

    private static Cell cell(String key, long numerator, long denominator) {
        return new Cell(key, numerator, denominator);
    }

    private static SuppressionReason reason(SuppressionResult result, String key) {
        return result.cell(key).orElseThrow().reason();
    }

    @Test
    void nothingIsHiddenWhenAllDenominatorsAreLarge() {
        List<Cell> cells = List.of(cell("a", 3, 12), cell("b", 5, 5), cell("c", 9, 40));

        SuppressionResult result = Suppression.apply(cells);

        assertThat(result.cells()).noneMatch(SuppressedCell::hidden);
        assertThat(result.totalHidden()).isFalse();
        assertThat(result.cell("a").orElseThrow().value()).isEqualTo(0.25);
        assertThat(result.cell("b").orElseThrow().numerator()).isEqualTo(5L);
    }

    @Test
    void aSingleSmallCellTriggersASecondSuppression() {
        List<Cell> cells = List.of(cell("a", 2, 3), cell("b", 10, 20), cell("c", 30, 50));

        SuppressionResult result = Suppression.apply(cells);

        assertThat(reason(result, "a")).isEqualTo(SuppressionReason.PRIMARY);
        assertThat(reason(result, "b")).isEqualTo(SuppressionReason.SECONDARY);
        assertThat(reason(result, "c")).isEqualTo(SuppressionReason.NONE);
        assertThat(result.totalHidden()).isFalse();
        assertUnrecoverable(cells, Set.of(), result);
    }

    @Test
    void theSecondaryPickIsTheSmallestDenominatorWithTiesBrokenByKey() {
        List<Cell> cells = List.of(cell("z", 1, 4), cell("y", 1, 30), cell("x", 5, 7), cell("w", 2, 9));
        assertThat(reason(Suppression.apply(cells), "x")).isEqualTo(SuppressionReason.SECONDARY);

        List<Cell> tie = List.of(cell("small", 1, 2), cell("m", 1, 8), cell("k", 3, 8), cell("q", 0, 8));
        SuppressionResult result = Suppression.apply(tie);
        assertThat(reason(result, "k")).isEqualTo(SuppressionReason.SECONDARY);
        assertThat(result.hiddenCount()).isEqualTo(2);
    }

    @Test
    void twoSmallCellsNeedNoSecondary() {
        List<Cell> cells = List.of(cell("a", 1, 2), cell("b", 3, 4), cell("c", 10, 20));

        SuppressionResult result = Suppression.apply(cells);

        assertThat(reason(result, "a")).isEqualTo(SuppressionReason.PRIMARY);
        assertThat(reason(result, "b")).isEqualTo(SuppressionReason.PRIMARY);
        assertThat(reason(result, "c")).isEqualTo(SuppressionReason.NONE);
        assertThat(result.totalHidden()).isFalse();
        assertUnrecoverable(cells, Set.of(), result);
    }

    @Test
    void ownCellsAreNeverHidden() {
        List<Cell> cells = List.of(cell("own", 1, 2), cell("a", 1, 3), cell("b", 6, 10), cell("c", 9, 11));

        SuppressionResult result = Suppression.apply(cells, 5, Set.of("own"));

        assertThat(reason(result, "own")).isEqualTo(SuppressionReason.NONE);
        assertThat(result.cell("own").orElseThrow().denominator()).isEqualTo(2L);
        assertThat(reason(result, "a")).isEqualTo(SuppressionReason.PRIMARY);
        // The own cell is known, so one more non-own cell must go: b, the smaller of b and c.
        assertThat(reason(result, "b")).isEqualTo(SuppressionReason.SECONDARY);
        assertThat(result.totalHidden()).isFalse();
        assertUnrecoverable(cells, Set.of("own"), result);
    }

    @Test
    void whenOnlyOwnCellsRemainTheTotalIsHidden() {
        List<Cell> cells = List.of(cell("own1", 1, 2), cell("a", 2, 3), cell("own2", 12, 30));

        SuppressionResult result = Suppression.apply(cells, 5, Set.of("own1", "own2"));

        assertThat(reason(result, "a")).isEqualTo(SuppressionReason.PRIMARY);
        assertThat(reason(result, "own1")).isEqualTo(SuppressionReason.NONE);
        assertThat(reason(result, "own2")).isEqualTo(SuppressionReason.NONE);
        assertThat(result.totalHidden()).isTrue();
        assertUnrecoverable(cells, Set.of("own1", "own2"), result);
    }

    @Test
    void aGroupOfOneSmallCellHidesTheTotal() {
        List<Cell> cells = List.of(cell("a", 1, 3));

        SuppressionResult result = Suppression.apply(cells);

        assertThat(result.hiddenCount()).isEqualTo(1);
        assertThat(result.totalHidden()).isTrue();
    }

    @Test
    void anEmptyCellShowsNoDataAndIsNotUsedAsTheComplement() {
        List<Cell> cells = List.of(cell("a", 1, 3), cell("empty", 0, 0), cell("b", 8, 9));

        SuppressionResult result = Suppression.apply(cells);

        SuppressedCell empty = result.cell("empty").orElseThrow();
        assertThat(empty.hidden()).isFalse();
        assertThat(empty.denominator()).isZero();
        assertThat(empty.value()).isNull();
        assertThat(reason(result, "b")).isEqualTo(SuppressionReason.SECONDARY);

        // With only the empty cell besides, the total goes instead.
        SuppressionResult alone = Suppression.apply(List.of(cell("a", 1, 3), cell("empty", 0, 0)));
        assertThat(alone.cell("empty").orElseThrow().hidden()).isFalse();
        assertThat(alone.totalHidden()).isTrue();
    }

    @Test
    void noSecondaryWhenTheTotalIsNotShown() {
        List<Cell> cells = List.of(cell("a", 1, 3), cell("b", 8, 9));

        SuppressionResult result = Suppression.apply(cells, 5, Set.of(), false);

        assertThat(reason(result, "b")).isEqualTo(SuppressionReason.NONE);
        assertThat(result.totalHidden()).isFalse();
    }

    @Test
    void theIndicatorsMinimumIsUsed() {
        List<Cell> cells = List.of(cell("a", 4, 9), cell("b", 8, 10), cell("c", 8, 12));

        assertThat(Suppression.apply(cells).hiddenCount()).isZero();
        SuppressionResult result = Suppression.apply(cells, 10, Set.of());
        assertThat(reason(result, "a")).isEqualTo(SuppressionReason.PRIMARY);
        assertThat(reason(result, "b")).isEqualTo(SuppressionReason.SECONDARY);
    }

    @Test
    void hiddenCellsCarryNoNumbers() {
        SuppressionResult result = Suppression.apply(List.of(cell("a", 1, 3), cell("b", 8, 9)));

        for (SuppressedCell hidden : result.cells()) {
            assertThat(hidden.hidden()).isTrue();
            assertThat(hidden.numerator()).isNull();
            assertThat(hidden.denominator()).isNull();
            assertThat(hidden.value()).isNull();
        }
    }

    @Test
    void badInputIsRefused() {
        assertThatThrownBy(() -> cell("a", 3, 2)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> cell("a", -1, 2)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Suppression.apply(List.of(cell("a", 1, 9), cell("a", 2, 9))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Suppression.apply(List.of(), 0, Set.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /**
     * Many random groups (fixed seed): primary cells are hidden, own cells never, nothing is hidden
     * without need, and no hidden value can be worked out from the total and the visible values.
     */
    @Test
    void noHiddenValueCanBeRecoveredInRandomGroups() {
        Random random = new Random(20250401L);
        for (int round = 0; round < 5_000; round++) {
            int size = 1 + random.nextInt(6);
            List<Cell> cells = new ArrayList<>();
            Set<String> own = new java.util.HashSet<>();
            for (int i = 0; i < size; i++) {
                long denominator = random.nextInt(4) == 0 ? random.nextInt(5) : random.nextInt(30);
                long numerator = denominator == 0 ? 0 : random.nextLong(denominator + 1);
                cells.add(cell("u" + i, numerator, denominator));
                if (random.nextInt(4) == 0) {
                    own.add("u" + i);
                }
            }
            long minimum = 1 + random.nextInt(10);

            SuppressionResult result = Suppression.apply(cells, minimum, own);

            for (Cell c : cells) {
                SuppressedCell out = result.cell(c.key()).orElseThrow();
                boolean small = c.denominator() > 0 && c.denominator() < minimum;
                if (own.contains(c.key())) {
                    assertThat(out.hidden()).as("own cell %s in %s", c, cells).isFalse();
                } else if (small) {
                    assertThat(out.reason()).as("small cell %s in %s", c, cells).isEqualTo(SuppressionReason.PRIMARY);
                }
            }
            long primary = result.cells().stream().filter(c -> c.reason() == SuppressionReason.PRIMARY).count();
            long secondary = result.cells().stream().filter(c -> c.reason() == SuppressionReason.SECONDARY).count();
            assertThat(secondary).as("%s", cells).isLessThanOrEqualTo(primary == 1 ? 1 : 0);
            assertThat(result.totalHidden()).as("%s", cells).isEqualTo(primary == 1 && secondary == 0);
            assertUnrecoverable(cells, own, result);
        }
    }

    /**
     * Plays the viewer: knows every shown cell (own cells included) and the total unless it is
     * hidden, and tries to solve each hidden cell from total = Σ shown + Σ hidden. A hidden cell is
     * recoverable only if the total is shown and it is the single unknown.
     */
    private static void assertUnrecoverable(List<Cell> cells, Set<String> own, SuppressionResult result) {
        Map<String, Cell> byKey = cells.stream().collect(Collectors.toMap(Cell::key, Function.identity()));
        Optional<long[]> total = result.totalHidden() ? Optional.empty()
                : Optional.of(new long[] {
                    cells.stream().mapToLong(Cell::numerator).sum(),
                    cells.stream().mapToLong(Cell::denominator).sum()});
        for (SuppressedCell hidden : result.cells()) {
            if (!hidden.hidden()) {
                continue;
            }
            OptionalLong recovered = solveDenominator(hidden.key(), result, total);
            assertThat(recovered).as("hidden %s in %s (own %s) recovered", byKey.get(hidden.key()), cells, own)
                    .isEmpty();
        }
    }

    private static OptionalLong solveDenominator(String key, SuppressionResult result, Optional<long[]> total) {
        if (total.isEmpty()) {
            return OptionalLong.empty();
        }
        long unknowns = result.hiddenCount();
        if (unknowns != 1) {
            return OptionalLong.empty();
        }
        long shown = result.cells().stream().filter(c -> !c.hidden()).mapToLong(SuppressedCell::denominator).sum();
        return OptionalLong.of(total.get()[1] - shown);
    }
}
