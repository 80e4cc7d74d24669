/**
 * The national psychosis guideline's recommendations as Sammen works with them (seed 003, PRODUCT.md
 * capability 8): a versioned catalog, shipped as data, of what the guideline recommends, each with its
 * evidence level and grade and the courses it applies to (by diagnosis group and pathway), readable on
 * a page and at {@code GET /api/v1/guideline}. Other modules read it through {@link
 * no.sammen.guideline.Guideline} and its {@link no.sammen.guideline.Recommendation}s.
 * Per course, a checklist (ADR 0024): each measure that applies, with its state and its history, on the
 * course page («Anbefalte tiltak»), its own pages and the API, with a journal phrase; family collaboration
 * is answered from the course facts the family module keeps. Per unit, which of the catalog's offers it
 * has (with the usual waiting time), on a regional page; the leader's view of the checklists by unit,
 * clinic, trust and region with the indicator module's suppression. Contributes the facts of the
 * recommendation-level indicators to {@code coursefact}.
 * Uses {@code patient} (diagnosis groups, pathways, the course page and its dates), {@code registration}
 * (access to a course, dates, free text, versions, audit entries), {@code coursefact}, {@code indicator}
 * (suppression), {@code organisation} (units and clinics), {@code security} (who maintains a unit's
 * offers), {@code audit} and {@code shared}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Guideline pathway",
        allowedDependencies = { "audit", "coursefact", "indicator", "organisation", "patient", "registration",
                "security", "shared" })
package no.sammen.guideline;
