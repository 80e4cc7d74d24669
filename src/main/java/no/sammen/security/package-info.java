/**
 * Users, roles and unit scope, and how people log in. Other modules ask {@link
 * no.sammen.security.CurrentUserService} who is acting and which units they may reach; they never
 * see how the user logged in, so that OpenID Connect (HelseID) can replace or join the form login
 * without touching them. An administrator manages the accounts here; each change is published as an
 * event ({@link no.sammen.security.UserAccountCreated}, {@link no.sammen.security.UserAccountChanged})
 * for the audit log to record. Uses {@code organisation} (unit names on the admin pages) and {@code
 * shared}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Security")
package no.sammen.security;
