package no.sammen.shared;

import java.util.List;

/** One page of a list, numbered from 0, with what a pager needs. */
public record PageOf<T>(List<T> items, int page, int size, long total) {

    public PageOf {
        items = List.copyOf(items);
    }

    /**
     * Page {@code page} of a list held in memory. A page before the first is the first; a page past the
     * last is the last, so that an old link never shows an empty page of a list that is not empty
     * (and so never claims there is nothing). The offset is computed in {@code long}, so that no page
     * number overflows it.
     */
    public static <T> PageOf<T> slice(List<T> all, int page, int size) {
        int last = size == 0 ? 0 : Math.max((all.size() + size - 1) / size - 1, 0);
        int shown = Math.min(Math.max(page, 0), last);
        int from = (int) Math.min((long) shown * size, all.size());
        return new PageOf<>(all.subList(from, Math.min(from + size, all.size())), shown, size, all.size());
    }

    public int totalPages() {
        return size == 0 ? 0 : (int) ((total + size - 1) / size);
    }

    /** The number of the last page (0 for an empty list). */
    public int lastPage() {
        return Math.max(totalPages() - 1, 0);
    }

    /**
     * Whether this is a page past the last of a list that is not empty (an old link, a typed address);
     * a list paged in the database then asks again for {@link #lastPage()}.
     */
    public boolean pastTheEnd() {
        return total > 0 && page > lastPage();
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
