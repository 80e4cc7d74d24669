/**
 * Reports: the unit report with each indicator's latest value and level, a server-rendered SVG
 * run chart or P chart (phases split at the unit's implementation start, a target line, signals
 * marked) with its data table, and K4's breakdowns. Outside the viewer's own units, values whose
 * denominator is below the indicator's minimum are hidden, by the indicator module's linked
 * suppression. Inside them, each number links to the courses behind it (the drill-down), for
 * members of the unit whose role may read its courses; anyone else gets "not found". The
 * drill-down is person-level: each view is one entry in the audit log, and each course shown is
 * logged as read by {@code patient}. The same report downloads as a PDF, rendered from a print
 * template by openhtmltopdf with the page's SVG charts as vector graphics; no other module makes
 * PDFs. The comparison puts the region, trusts, clinics and units side by side for one indicator
 * and period, with Wilson intervals and each one's trend. Uses {@code indicator}, {@code spc},
 * {@code organisation}, {@code security}, {@code patient} (the courses' labels), {@code audit} and
 * {@code shared}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Reports",
        allowedDependencies = { "audit", "indicator", "organisation", "patient", "security", "shared", "spc" })
package no.sammen.report;
