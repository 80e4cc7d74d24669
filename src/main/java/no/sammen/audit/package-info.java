/**
 * The append-only, hash-chained log of every read and change of person-level data: who, in which
 * role, in which unit, which patient (by pseudonym), what, on which object, when (UTC). Modules
 * write to it through {@link no.sammen.audit.AuditService} inside their own transaction, so that a
 * change is never stored without its entry. Uses {@code security} (who is acting) and {@code shared}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit log")
package no.sammen.audit;
