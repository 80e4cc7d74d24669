/**
 * The worklist: what the guideline expects of each course and when it is due — contact with
 * relatives within three days of the start, the three basic conversations, a crisis plan, a network
 * meeting — and whether each is done, due, overdue or not relevant. Shown on the course page and as
 * a unit worklist across all active courses. Reads from {@code patient}, {@code family},
 * {@code conversation} and {@code networkmeeting}; stores nothing of its own. Uses {@code
 * organisation} (the names of the user's units), {@code security} (who is asking, and their units) and {@code shared}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Worklist",
        allowedDependencies = { "conversation", "family", "networkmeeting", "organisation", "patient", "security", "shared" })
package no.sammen.worklist;
