package no.sammen.worklist;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import no.sammen.shared.PageOf;

/**
 * One page of the unit worklist, or of its long-stale items, with how many courses each group holds
 * under the same filters.
 *
 * @param counts the number of courses in each group; a course with both long-stale items and others is
 *               counted in its group and in {@link WorklistGroup#STALE}
 */
public record Worklist(WorklistQuery query, PageOf<CourseWork> result, Map<WorklistGroup, Long> counts) {

    public Worklist {
        Map<WorklistGroup, Long> all = new EnumMap<>(WorklistGroup.class);
        for (WorklistGroup group : WorklistGroup.values()) {
            all.put(group, counts.getOrDefault(group, 0L));
        }
        counts = java.util.Collections.unmodifiableMap(all);
    }

    public long count(WorklistGroup group) {
        return counts.get(group);
    }

    /** The number of courses with long-stale items. */
    public long staleCount() {
        return count(WorklistGroup.STALE);
    }

    /** The courses of one group on this page. */
    public List<CourseWork> on(WorklistGroup group) {
        return result.items().stream().filter(w -> w.group() == group).toList();
    }

    /** The page (from 0) on which a group of the worklist begins. */
    public int firstPageOf(WorklistGroup group) {
        long before = 0;
        for (WorklistGroup g : WorklistGroup.LISTED) {
            if (g == group) {
                break;
            }
            before += count(g);
        }
        return result.size() == 0 ? 0 : (int) (before / result.size());
    }

    /** Whether nothing at all is open under these filters, not even long-stale items. */
    public boolean nothingOpen() {
        return counts.values().stream().allMatch(c -> c == 0);
    }

    public List<WorklistGroup> groups() {
        return WorklistGroup.LISTED;
    }
}
