package no.sammen.worklist;

import java.util.UUID;

/**
 * What the unit worklist is asked for.
 *
 * @param unitId one of the user's units, or null for all of them
 * @param task   only this kind of item, or null for every kind
 * @param mine   only the courses the user is responsible for
 * @param page   the page, from 0
 * @param size   courses per page
 */
public record WorklistQuery(UUID unitId, WorkItemType task, boolean mine, int page, int size) {

    public static final int DEFAULT_SIZE = 50;
    public static final int MAX_SIZE = 200;

    /** Whether a filter narrows the list (the unit alone does not: it is where the list is). */
    public boolean filtered() {
        return task != null || mine;
    }

    WorklistQuery onPage(int other) {
        return new WorklistQuery(unitId, task, mine, other, size);
    }
}
