package no.sammen.indicator;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;



/**
 * Small-number suppression for a whole table of cells tied together by sums: units that add up to
 * their clinic, clinics to their trust, trusts to the region, and months that add up to quarters and
 * quarters to the year, for every one of them at once. A value hidden in one place must not be
 * computable from what is shown anywhere else in the table.
 *
 * <p><b>Primary suppression.</b> A cell that is not the viewer's own, with a denominator of at least 1
 * and below the minimum, is hidden. Empty cells (denominator 0) stay visible; they identify no one.
 * The viewer's own cells are never hidden and count as known, and so does a total whose parts are
 * all own or empty.
 *
 * <p><b>Secondary suppression</b> makes every sum ({@code total = part + part + …}) safe, repeating until
 * nothing changes:
 * <ol>
 * <li>A sum with exactly one hidden term would give that term away: one more is hidden.</li>
 * <li>A sum whose total is shown but whose hidden parts together have a denominator below the
 * minimum would give away that those parts are small and tell their sum: one more is hidden.</li>
 * <li>When no sum breaks these rules, the table is checked as a whole: a hidden cell whose value
 * follows from the shown cells through several sums together (the hidden cells' columns of the sums,
 * reduced to row echelon form, contain the cell's unit vector) gets one more hidden cell beside it.</li>
 * </ol>
 * The cell hidden is a part of the sum concerned that is shown, not the viewer's own and not empty,
 * the one with the smallest denominator (ties by key), so that as little as possible is lost; when
 * the sum has no such part, its total is hidden. Numerators are tied by the same sums as denominators
 * and are hidden with them, so the same protection holds for them.
 *
 * <p>This is the classic cell suppression of statistical offices (as in τ-ARGUS's modular approach),
 * simplified: it guarantees that no hidden value can be worked out exactly from the shown values,
 * and that hidden parts of a shown total are never together below the minimum, but it does not
 * compute the full feasibility interval of every hidden cell.
 */
public final class Suppression {

    /** The minimum denominator an indicator has unless it says otherwise. */
    public static final long DEFAULT_MINIMUM_DENOMINATOR = 5;

    private static final double EPSILON = 1e-9;

    /** Why a cell is hidden, or {@link #NONE}. */
    public enum SuppressionReason {
        /** The denominator is below the minimum. */
        PRIMARY,
        /** Hidden so that another hidden value cannot be worked out from the sums. */
        SECONDARY,
        /** Shown. */
        NONE
    }

    private Suppression() {
    }

    /** One cell of the table. Own cells are never hidden. */
    public record Cell(String key, long numerator, long denominator, boolean own) {
        public Cell {
            Objects.requireNonNull(key, "key");
            if (numerator < 0 || denominator < 0 || numerator > denominator) {
                throw new IllegalArgumentException("Need 0 <= numerator <= denominator in cell " + key);
            }
        }
    }

    /** A sum that holds in the table: the total cell is the sum of the part cells. */
    public record Sum(String total, List<String> parts) {
        public Sum {
            Objects.requireNonNull(total, "total");
            parts = List.copyOf(parts);
            if (parts.isEmpty()) {
                throw new IllegalArgumentException("A sum needs at least one part: " + total);
            }
        }
    }

    /** Which cells are hidden, and why. Cells not named are shown. */
    public record Result(Map<String, SuppressionReason> hidden) {
        public Result {
            hidden = Map.copyOf(hidden);
        }

        public boolean isHidden(String key) {
            return hidden.containsKey(key);
        }

        public SuppressionReason reason(String key) {
            return hidden.getOrDefault(key, SuppressionReason.NONE);
        }
    }

    /**
     * Suppresses the table.
     *
     * @param cells every cell, with unique keys
     * @param sums the sums that hold between them; every key named must be a cell
     * @param minimumDenominator the indicator's minimum denominator, at least 1
     * @throws IllegalArgumentException for duplicate keys, unknown keys or sums that do not add up
     */
    public static Result apply(Collection<Cell> cells, Collection<Sum> sums, long minimumDenominator) {
        if (minimumDenominator < 1) {
            throw new IllegalArgumentException("The minimum denominator must be at least 1");
        }
        Map<String, Cell> byKey = new LinkedHashMap<>();
        for (Cell cell : cells) {
            if (byKey.put(cell.key(), cell) != null) {
                throw new IllegalArgumentException("Duplicate cell key " + cell.key());
            }
        }
        for (Sum sum : sums) {
            long numerator = 0;
            long denominator = 0;
            for (String part : sum.parts()) {
                Cell cell = require(byKey, part);
                numerator += cell.numerator();
                denominator += cell.denominator();
            }
            Cell total = require(byKey, sum.total());
            if (total.numerator() != numerator || total.denominator() != denominator) {
                throw new IllegalArgumentException("The parts of " + sum.total() + " do not add up to it");
            }
        }

        // A total made only of own and empty parts is known to the viewer too.
        Set<String> known = new HashSet<>();
        byKey.values().stream().filter(c -> c.own() || c.denominator() == 0).forEach(c -> known.add(c.key()));
        boolean grew = true;
        while (grew) {
            grew = false;
            for (Sum sum : sums) {
                if (!known.contains(sum.total()) && known.containsAll(sum.parts())) {
                    grew = known.add(sum.total());
                }
            }
        }

        Map<String, SuppressionReason> hidden = new HashMap<>();
        for (Cell cell : byKey.values()) {
            if (!known.contains(cell.key()) && cell.denominator() > 0 && cell.denominator() < minimumDenominator) {
                hidden.put(cell.key(), SuppressionReason.PRIMARY);
            }
        }
        if (hidden.isEmpty()) {
            return new Result(hidden);
        }

        List<Sum> ordered = new ArrayList<>(sums);
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Sum sum : ordered) {
                if (unsafe(sum, byKey, hidden, minimumDenominator)) {
                    changed |= hideOneMore(List.of(sum), byKey, known, hidden);
                }
            }
            if (!changed) {
                for (String exposed : exposedCells(ordered, hidden)) {
                    List<Sum> containing = ordered.stream()
                            .filter(s -> s.total().equals(exposed) || s.parts().contains(exposed))
                            .toList();
                    if (hideOneMore(containing, byKey, known, hidden)) {
                        changed = true;
                        break;
                    }
                }
            }
        }
        return new Result(hidden);
    }

    private static Cell require(Map<String, Cell> byKey, String key) {
        Cell cell = byKey.get(key);
        if (cell == null) {
            throw new IllegalArgumentException("A sum names an unknown cell " + key);
        }
        return cell;
    }

    /** Rules 1 and 2 for one sum. */
    private static boolean unsafe(Sum sum, Map<String, Cell> cells, Map<String, SuppressionReason> hidden,
            long minimumDenominator) {
        int hiddenTerms = hidden.containsKey(sum.total()) ? 1 : 0;
        long hiddenDenominator = 0;
        for (String part : sum.parts()) {
            if (hidden.containsKey(part)) {
                hiddenTerms++;
                hiddenDenominator += cells.get(part).denominator();
            }
        }
        return hiddenTerms == 1 || hiddenTerms > 1 && !hidden.containsKey(sum.total()) && hiddenDenominator < minimumDenominator;
    }

    /**
     * Hides the shown, not own, non-empty part with the smallest denominator among the sums, or else
     * the first shown total among them. Returns whether a cell was hidden.
     */
    private static boolean hideOneMore(List<Sum> sums, Map<String, Cell> cells, Set<String> known,
            Map<String, SuppressionReason> hidden) {
        Optional<Cell> part = sums.stream()
                .flatMap(s -> s.parts().stream())
                .map(cells::get)
                .filter(c -> !hidden.containsKey(c.key()) && !known.contains(c.key()))
                .min(Comparator.comparingLong(Cell::denominator).thenComparing(Cell::key));
        if (part.isPresent()) {
            hidden.put(part.get().key(), SuppressionReason.SECONDARY);
            return true;
        }
        Optional<String> total = sums.stream().map(Sum::total)
                .filter(t -> !hidden.containsKey(t) && !known.contains(t)).findFirst();
        total.ifPresent(t -> hidden.put(t, SuppressionReason.SECONDARY));
        return total.isPresent();
    }

    /**
     * The hidden cells whose values follow from the shown cells. The sums restricted to the
     * hidden cells form a linear system; a hidden cell is determined exactly when its unit vector
     * lies in the row space, which in reduced row echelon form means a row with a single non-zero
     * entry, in that cell's column.
     */
    static List<String> exposedCells(List<Sum> sums, Map<String, SuppressionReason> hidden) {
        List<String> columns = hidden.keySet().stream().sorted().toList();
        Map<String, Integer> columnOf = new HashMap<>();
        for (int i = 0; i < columns.size(); i++) {
            columnOf.put(columns.get(i), i);
        }
        List<double[]> rows = new ArrayList<>();
        for (Sum sum : sums) {
            double[] row = new double[columns.size()];
            boolean any = false;
            Integer total = columnOf.get(sum.total());
            if (total != null) {
                row[total] += 1;
                any = true;
            }
            for (String part : sum.parts()) {
                Integer column = columnOf.get(part);
                if (column != null) {
                    row[column] -= 1;
                    any = true;
                }
            }
            if (any) {
                rows.add(row);
            }
        }
        double[][] m = rows.toArray(new double[0][]);
        int rank = 0;
        for (int column = 0; column < columns.size() && rank < m.length; column++) {
            int pivot = -1;
            for (int r = rank; r < m.length; r++) {
                if (Math.abs(m[r][column]) > EPSILON && (pivot < 0 || Math.abs(m[r][column]) > Math.abs(m[pivot][column]))) {
                    pivot = r;
                }
            }
            if (pivot < 0) {
                continue;
            }
            double[] swap = m[rank];
            m[rank] = m[pivot];
            m[pivot] = swap;
            double lead = m[rank][column];
            for (int c = 0; c < columns.size(); c++) {
                m[rank][c] /= lead;
            }
            for (int r = 0; r < m.length; r++) {
                if (r != rank && Math.abs(m[r][column]) > EPSILON) {
                    double factor = m[r][column];
                    for (int c = 0; c < columns.size(); c++) {
                        m[r][c] -= factor * m[rank][c];
                    }
                }
            }
            rank++;
        }
        List<String> exposed = new ArrayList<>();
        for (int r = 0; r < rank; r++) {
            int nonZero = 0;
            int last = -1;
            for (int c = 0; c < columns.size(); c++) {
                if (Math.abs(m[r][c]) > EPSILON) {
                    nonZero++;
                    last = c;
                }
            }
            if (nonZero == 1) {
                exposed.add(columns.get(last));
            }
        }
        return exposed;
    }
}
