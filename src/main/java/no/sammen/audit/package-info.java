/**
 * The append-only, hash-chained log of every read and change of person-level data: who, in which
 * role, in which unit, which patient (by pseudonym), what, on which object, when (UTC). Modules
 * write to it through {@link no.sammen.audit.AuditService} inside their own transaction, so that a
 * change is never stored without its entry. Changes to user accounts arrive as events from {@code
 * security}, and changes to trusts, clinics and units as events from {@code organisation}, which
 * cannot call the log because the log depends on them. An administrator lists,
 * filters and verifies the log on a page and through the API. Uses {@code security} (who is acting,
 * the account events), {@code organisation} (unit names on the log page) and {@code shared}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit log",
        allowedDependencies = { "organisation", "security", "shared" })
package no.sammen.audit;
