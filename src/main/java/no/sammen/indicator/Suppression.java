package no.sammen.indicator;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Small-number suppression for one group of cells that add up to a shown total, for example the
 * units of a clinic in one period, whose sum is the clinic total.
 *
 * <p><b>Primary suppression.</b> A cell whose denominator is at least 1 and below the indicator's
 * minimum (default 5) is hidden ("færre enn 5"). A cell with denominator 0 is not hidden: it has no
 * value at all ("no data"), and the only thing it tells is that nobody was counted, which identifies
 * no one. It stays visible with numerator and denominator 0 and therefore counts as known.
 *
 * <p><b>Own cells.</b> Cells the viewer may see anyway (their own unit) are never hidden, and count as
 * known when deciding secondary suppression, since the viewer can subtract them from the total.
 *
 * <p><b>Secondary suppression.</b> When the total is shown and exactly one cell is hidden, that cell
 * would be the total minus the visible cells. One more cell is then hidden: the non-own visible cell
 * with the smallest positive denominator (ties broken by key), so that the hidden part of the total
 * has two unknowns. Cells with denominator 0 are not chosen, as hiding an empty cell would leave the
 * hidden part equal to the small value. When no such cell exists (the others are own or empty), the
 * total is hidden instead. With two or more hidden cells nothing more is hidden.
 *
 * <p>Hidden cells carry no numbers (numerator, denominator and value are {@code null}), so that no
 * export or view can show them by mistake.
 *
 * <p>This covers one level. When totals are themselves cells of a higher group (clinics within a
 * region) the levels are linked: a total hidden here becomes a hidden cell above, and a cell hidden
 * above must not be computable as the sum of its own visible children. That linking is not done here.
 */
public final class Suppression {

    /** The minimum denominator an indicator has unless it says otherwise. */
    public static final long DEFAULT_MINIMUM_DENOMINATOR = 5;

    private Suppression() {
    }

    /** Why a cell is hidden, or {@link #NONE}. */
    public enum SuppressionReason {
        /** The denominator is below the minimum. */
        PRIMARY,
        /** Hidden so that a primarily hidden cell cannot be worked out from the total. */
        SECONDARY,
        /** Shown. */
        NONE
    }

    /** One cell of a group: a key (for example a unit id) with its numerator and denominator. */
    public record Cell(String key, long numerator, long denominator) {
        public Cell {
            Objects.requireNonNull(key, "key");
            if (numerator < 0 || denominator < 0) {
                throw new IllegalArgumentException("Negative count in cell " + key);
            }
            if (numerator > denominator) {
                throw new IllegalArgumentException("Numerator above denominator in cell " + key);
            }
        }
    }

    /**
     * A cell as it may be shown. When {@code hidden}, numerator, denominator and value are
     * {@code null}; when shown with denominator 0, value is {@code null} ("no data").
     */
    public record SuppressedCell(String key, Long numerator, Long denominator, Double value, boolean hidden,
            SuppressionReason reason) {

        static SuppressedCell shown(Cell cell) {
            Double value = cell.denominator() == 0 ? null : (double) cell.numerator() / cell.denominator();
            return new SuppressedCell(cell.key(), cell.numerator(), cell.denominator(), value, false,
                    SuppressionReason.NONE);
        }

        static SuppressedCell hidden(String key, SuppressionReason reason) {
            return new SuppressedCell(key, null, null, null, true, reason);
        }
    }

    /** The cells in input order, and whether the group total must be hidden too. */
    public record SuppressionResult(List<SuppressedCell> cells, boolean totalHidden) {
        public SuppressionResult {
            cells = List.copyOf(cells);
        }

        /** The cell with this key, if any. */
        public Optional<SuppressedCell> cell(String key) {
            return cells.stream().filter(c -> c.key().equals(key)).findFirst();
        }

        /** How many cells are hidden. */
        public long hiddenCount() {
            return cells.stream().filter(SuppressedCell::hidden).count();
        }
    }

    /** Suppression with the default minimum, no own cells and the total shown. */
    public static SuppressionResult apply(List<Cell> cells) {
        return apply(cells, DEFAULT_MINIMUM_DENOMINATOR, Set.of());
    }

    /** Suppression of a group whose total is shown. */
    public static SuppressionResult apply(List<Cell> cells, long minimumDenominator, Set<String> ownKeys) {
        return apply(cells, minimumDenominator, ownKeys, true);
    }

    /**
     * Suppression of a group.
     *
     * @param cells the cells that add up to the group total, with unique keys
     * @param minimumDenominator the indicator's minimum denominator, at least 1
     * @param ownKeys keys of cells the viewer may see in full
     * @param totalShown whether the group total is shown; if not, no secondary suppression is needed
     */
    public static SuppressionResult apply(List<Cell> cells, long minimumDenominator, Set<String> ownKeys,
            boolean totalShown) {
        Objects.requireNonNull(cells, "cells");
        Objects.requireNonNull(ownKeys, "ownKeys");
        if (minimumDenominator < 1) {
            throw new IllegalArgumentException("The minimum denominator must be at least 1");
        }
        Set<String> keys = new HashSet<>();
        for (Cell cell : cells) {
            if (!keys.add(cell.key())) {
                throw new IllegalArgumentException("Duplicate cell key " + cell.key());
            }
        }

        List<SuppressedCell> out = new ArrayList<>(cells.size());
        int hidden = 0;
        for (Cell cell : cells) {
            boolean small = cell.denominator() > 0 && cell.denominator() < minimumDenominator;
            if (small && !ownKeys.contains(cell.key())) {
                out.add(SuppressedCell.hidden(cell.key(), SuppressionReason.PRIMARY));
                hidden++;
            } else {
                out.add(SuppressedCell.shown(cell));
            }
        }

        boolean totalHidden = false;
        if (totalShown && hidden == 1) {
            Optional<Cell> complement = cells.stream()
                    .filter(c -> !ownKeys.contains(c.key()))
                    .filter(c -> c.denominator() > 0)
                    .filter(c -> c.denominator() >= minimumDenominator)
                    .min(Comparator.comparingLong(Cell::denominator).thenComparing(Cell::key));
            if (complement.isPresent()) {
                int index = cells.indexOf(complement.get());
                out.set(index, SuppressedCell.hidden(complement.get().key(), SuppressionReason.SECONDARY));
            } else {
                totalHidden = true;
            }
        }
        return new SuppressionResult(out, totalHidden);
    }
}
