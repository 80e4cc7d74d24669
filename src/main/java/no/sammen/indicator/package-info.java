/**
 * Quality indicators: the versioned indicator catalog (K1–K4 of the product's first catalog, read
 * from {@code indicators/catalog-v1.json} and checked at start-up) and their numerators and
 * denominators per unit and month, quarter or year, rolled up to clinic, health trust and region,
 * with the breakdowns of the network meeting indicator, and the courses behind one unit's value
 * (ids, dates, numerator met or not) for the drill-down, selected by the same SQL that counts them
 * and only for a member of the unit who may read its courses. Counting happens in the database: the
 * queries aggregate over the tables of {@code patient}, {@code family}, {@code conversation} and
 * {@code networkmeeting} with plain SQL. Reading other modules' tables is otherwise not done; an
 * aggregate report over many courses is the accepted exception, because going through each
 * module's service course by course would load every course into memory. Uses {@code organisation}
 * (names and places of units, clinics and trusts) and {@code family} (which relations are private
 * and which are public), {@code spc} (the P chart of each unit in exports), {@code security} (who may
 * see which units unsuppressed, and whose courses) and {@code shared}. Exports: CSV of the unit values with suppression applied, and the
 * rows the {@code fhir} module turns into FHIR resources.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Indicators",
        allowedDependencies = { "family", "organisation", "security", "shared", "spc" })
package no.sammen.indicator;
