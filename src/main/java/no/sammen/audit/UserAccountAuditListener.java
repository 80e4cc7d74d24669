package no.sammen.audit;

import no.sammen.security.UserAccountChanged;
import no.sammen.security.UserAccountCreated;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Writes the administrator's changes to user accounts to the log. The security module publishes
 * them rather than calling the log, because the log already depends on security. The listener runs
 * synchronously in the publisher's transaction: a change and its entry are stored together.
 */
@Component
class UserAccountAuditListener {

    static final String OBJECT_TYPE = "user_account";

    private final AuditService audit;

    UserAccountAuditListener(AuditService audit) {
        this.audit = audit;
    }

    @EventListener
    void on(UserAccountCreated event) {
        audit.record(new AuditRecord(AuditAction.CREATE, OBJECT_TYPE, event.userId().toString(), null, null,
                "username: " + event.username() + "; " + event.details()));
    }

    @EventListener
    void on(UserAccountChanged event) {
        audit.record(new AuditRecord(AuditAction.UPDATE, OBJECT_TYPE, event.userId().toString(), null, null,
                "username: " + event.username() + "; " + event.change()));
    }
}
