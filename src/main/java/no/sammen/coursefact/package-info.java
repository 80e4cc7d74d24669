/**
 * Per-course facts: one row per treatment course ({@code course_fact}) holding what the indicators
 * and the worklist need to know of it — its unit, dates and population, the day of the first contact
 * with relatives, the first day of each kind of basic conversation, and so on. This module owns the
 * table and its schema, and nothing of its content: each module that registers things about a course
 * declares the facts it contributes ({@link no.sammen.coursefact.CourseFactContributor}), each as an
 * SQL expression over its own tables, and calls {@link no.sammen.coursefact.CourseFactService#refresh}
 * from its own package in the transaction of every registration that changes them. A rebuild computes
 * every fact of every course from the registrations (ADR 0014). Every write of a course's facts also appends
 * the cells (unit, month of the start, month of the end) of its row before and after to the insert-only
 * change log {@code course_fact_change}, which the indicators' settled counts are read beside; a rebuild
 * empties it and publishes {@link no.sammen.coursefact.CourseFactsRebuilt} (ADR 0033). Uses {@code audit} (the rebuild is
 * logged) and {@code shared}; the contributors use this module, never the other way round.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Course facts",
        allowedDependencies = { "audit", "shared" })
package no.sammen.coursefact;
