/**
 * Quality indicators: the versioned indicator catalog (K1–K4 of the product's first catalog, read
 * from {@code indicators/catalog-v1.json} and checked at start-up) and their numerators and
 * denominators per unit and month, quarter or year, rolled up to clinic, health trust and region,
 * with the breakdowns of the network meeting indicator, and the courses behind one unit's value
 * (ids, dates, numerator met or not) for the drill-down, selected by the same SQL that counts them
 * and only for a member of the unit who may read its courses. Counting happens in the database, over
 * the per-course facts alone ({@code coursefact}: one row per course, kept by the modules that
 * register them): an indicator is its catalog entry — population, placing date, window, exclusions
 * and the conditions on named facts that make its numerator — and the fact names are checked at
 * start-up against those the modules declare. No indicator id appears in the code, and no other
 * module's tables are read; K4's breakdowns by reason, place and whom the invitation went to, which
 * need each meeting's detail, come from {@code networkmeeting}'s {@code MeetingStatistics}. Uses
 * {@code coursefact}, {@code networkmeeting} (those breakdowns), {@code organisation} (names and
 * places of units, clinics and trusts), {@code spc} (the P chart of each unit in exports),
 * {@code security} (who may see which units unsuppressed, and whose courses) and {@code shared}.
 * Exports: CSV of the unit values with suppression applied, and the rows the {@code fhir} module turns
 * into FHIR resources.
 * The catalog is versioned: every version stays, and values can be counted under any of them (ADR
 * 0021). An exclusion counts only when registered inside the indicator's window; one registered later
 * leaves the course in and is counted as «excluded after the window closed», shown beside the value, in
 * the CSV and on the course page (a section, through {@code patient}'s section SPI). Count indicators (K6,
 * catalog version 5) are counted by the modules that own what is counted, through {@code CountContributor}, and
 * rolled up here without suppression (ADR 0032).
 * The counts of settled months (whose windows have all closed) are kept by {@code SettledMonths}, computed by
 * the same counting, and read beside a live count of the months not settled and of the cells whose facts
 * changed since (the change log {@code coursefact} appends to); a rebuild of the facts throws them away
 * (ADR 0033).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Indicators",
        allowedDependencies = { "coursefact", "networkmeeting", "organisation", "patient", "security", "shared", "spc" })
package no.sammen.indicator;
