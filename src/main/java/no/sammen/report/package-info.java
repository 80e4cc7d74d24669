/**
 * Reports: the unit report with each indicator's latest value and level, a server-rendered SVG
 * run chart or P chart (phases split at the unit's implementation start, a target line, signals
 * marked) with its data table, and K4's breakdowns. Outside the viewer's own units, values whose
 * denominator is below the indicator's minimum are hidden. The same report downloads as a PDF,
 * rendered from a print template by openhtmltopdf with the page's SVG charts as vector graphics; no
 * other module makes PDFs. Uses {@code indicator}, {@code spc}, {@code organisation},
 * {@code security} and {@code shared}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Reports")
package no.sammen.report;
