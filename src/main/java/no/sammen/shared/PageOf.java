package no.sammen.shared;

import java.util.List;

/** One page of a list, numbered from 0, with what a pager needs. */
public record PageOf<T>(List<T> items, int page, int size, long total) {

    public PageOf {
        items = List.copyOf(items);
    }

    /**
     * Page {@code page} of a list held in memory. A page before the first is the first; a page past the
     * last is empty. The offset is computed in {@code long}, so that no page number overflows it.
     */
    public static <T> PageOf<T> slice(List<T> all, int page, int size) {
        int shown = Math.max(page, 0);
        int from = (int) Math.min((long) shown * size, all.size());
        return new PageOf<>(all.subList(from, Math.min(from + size, all.size())), shown, size, all.size());
    }

    public int totalPages() {
        return size == 0 ? 0 : (int) ((total + size - 1) / size);
    }

    public boolean hasPrevious() {
        return page > 0;
    }

    public boolean hasNext() {
        return page + 1 < totalPages();
    }

    public boolean isEmpty() {
        return items.isEmpty();
    }
}
