package no.sammen.shared;

import java.util.List;

/** One page of a list, numbered from 0, with what a pager needs. */
public record PageOf<T>(List<T> items, int page, int size, long total) {

    public PageOf {
        items = List.copyOf(items);
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
