/**
 * Journal audits (journalgjennomgang, PRODUCT.md capability 10; ADR 0034): an audit round per unit and month
 * or quarter draws a random sample of the courses of a population (psychosis courses started in the period,
 * psychosis courses ended in it, or the unit's medication-free courses), reproducibly: the population, the
 * seed and the drawn courses in their order are kept, and {@link no.sammen.journalaudit.SampleDraw} draws
 * the same sample again from them. The auditor reads the EHR and answers a versioned checklist per sampled
 * record (yes, no or not applicable per item), seeing beside it the course's label and a read-only summary of
 * its Sammen registrations, each read audit-logged for the purpose of the audit. Results per round, per item
 * and in total, K8 (records that meet the checklist's criteria), charted as a P chart and a run chart split at
 * the unit's implementation start, and the agreement of the audit with what Sammen registered, as a
 * data-quality figure. Its public face is the checklist ({@link no.sammen.journalaudit.AuditChecklist}), the
 * draw and the round results ({@link no.sammen.journalaudit.JournalAuditResults}); K8 in the indicator catalog is
 * told from the same rule through {@code indicator}'s {@code ProportionContributor} ({@code AuditedRecordCounts},
 * ADR 0038). Uses {@code patient} (the courses and their labels), {@code registration}
 * (course access and audit entries), {@code family} and {@code conversation} (their read-only summaries),
 * {@code medicationfree} (the medication-free population), {@code coursefact} (the psychosis populations),
 * {@code organisation} (units and implementation starts), {@code security} (the acting user), {@code spc} and
 * {@code report} (the chart computation and its drawing), {@code audit}, {@code indicator} (the contributor SPI) and {@code shared}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Journal audits",
        allowedDependencies = { "audit", "conversation", "coursefact", "family", "indicator", "medicationfree",
            "organisation", "patient", "registration", "report", "security", "shared", "spc" })
package no.sammen.journalaudit;
