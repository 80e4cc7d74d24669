/**
 * Users, roles and unit scope, and how people log in. Other modules ask {@link
 * no.sammen.security.CurrentUserService} who is acting and which units they may reach; they never
 * see how the user logged in, so that OpenID Connect (HelseID) can replace or join the form login
 * without touching them. Roles and units are read from the database once per request (ADR 0011), so a
 * change takes effect on the user's next request. An administrator manages the accounts here; each
 * change is published as an event ({@link no.sammen.security.UserAccountCreated}, {@link
 * no.sammen.security.UserAccountChanged}, {@link no.sammen.security.UserAccountChangeRefused}) for
 * the audit log to record, as are the API tokens users issue and revoke ({@link
 * no.sammen.security.ApiTokenIssued}, {@link no.sammen.security.ApiTokenRevoked}). {@link no.sammen.security.ClinicianDirectory} lists the clinicians and coordinators of units,
 * who may be made responsible for a course (ADR 0019). Uses {@code organisation} (unit names on the
 * admin pages) and {@code shared}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Security",
        allowedDependencies = { "organisation", "shared" })
package no.sammen.security;
