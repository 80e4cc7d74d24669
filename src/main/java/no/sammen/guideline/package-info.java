/**
 * The national psychosis guideline's recommendations as Sammen works with them (seed 003, PRODUCT.md
 * capability 8): a versioned catalog, shipped as data, of what the guideline recommends, each with its
 * evidence level and grade and the courses it applies to (by diagnosis group and pathway), readable on
 * a page and at {@code GET /api/v1/guideline}. Other modules read it through {@link
 * no.sammen.guideline.Guideline} and its {@link no.sammen.guideline.Recommendation}s. Uses {@code
 * patient} for the diagnosis groups and pathways a recommendation applies to, and {@code shared}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Guideline pathway",
        allowedDependencies = { "patient", "shared" })
package no.sammen.guideline;
