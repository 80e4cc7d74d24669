/**
 * The worklist: what the guideline expects of each course and when it is due — contact with
 * relatives within three days of the start, the three basic conversations, a crisis plan, a network
 * meeting — and whether each is done, due, overdue or not relevant. Shown on the course page and as
 * a unit worklist across all active courses. Each item is due as many days after the start as the
 * indicator catalog says for the indicator that counts it (its window, or its due days), so that the
 * reminder and the indicator are one definition. Reads the courses from {@code patient}, what was
 * registered from the per-course facts ({@code coursefact}, one query for a whole unit) and the due
 * days from {@code indicator}; stores nothing of its own. Uses {@code organisation} (the names of
 * the user's units), {@code security} (who is asking, and their units) and {@code shared}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Worklist",
        allowedDependencies = { "coursefact", "indicator", "organisation", "patient", "security", "shared" })
package no.sammen.worklist;
