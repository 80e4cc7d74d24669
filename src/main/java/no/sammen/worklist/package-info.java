/**
 * The worklist: what the guideline expects of each course and when it is due — contact with
 * relatives within three days of the start, the three basic conversations, a crisis plan, a network
 * meeting — and whether each is done, due, overdue or not relevant. Shown on the course page and as
 * a unit worklist by urgency: one row per active course with its open items, grouped (overdue in the
 * last 30 days, due in the next 7 days, overdue earlier, later), filtered by task and by the courses
 * the user is responsible for, grouped, ordered and paged in SQL over the per-course facts; items
 * overdue for more than 90 days are set apart and may be closed with a reason (ADR 0019). Each item
 * is due as many days after the start as the indicator catalog says for the indicator that counts it
 * (its window, or its due days), so that the reminder and the indicator are one definition. Reads the
 * courses from {@code patient}, what was registered from the per-course facts ({@code coursefact})
 * and the due days from {@code indicator}; stores only its closures ({@code worklist_closure}), through
 * the registration kit ({@code registration}: the course with the user's right to change it, the
 * concurrent save, the free-text check, the audit entry). Uses {@code organisation} (the names of the
 * user's units), {@code security} (who is asking, and their units) and {@code shared}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Worklist",
        allowedDependencies = { "audit", "coursefact", "indicator", "organisation", "patient", "registration", "security",
                "shared" })
package no.sammen.worklist;
