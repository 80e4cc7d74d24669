package no.sammen.audit;

import no.sammen.security.ApiTokenIssued;
import no.sammen.security.ApiTokenRevoked;
import no.sammen.security.UserAccountChangeRefused;
import no.sammen.security.UserAccountChanged;
import no.sammen.security.UserAccountCreated;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Writes the administrator's changes to user accounts to the log, a refused change of one's own
 * account, and the API tokens users issue and revoke (object type {@value #TOKEN_OBJECT_TYPE}, the
 * object named by the start of the token's hash). The security module publishes
 * them rather than calling the log, because the log already depends on security. The listener runs
 * synchronously in the publisher's transaction: a change and its entry are stored together.
 */
@Component
class UserAccountAuditListener {

    static final String OBJECT_TYPE = "user_account";
    static final String TOKEN_OBJECT_TYPE = "api_token";

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

    @EventListener
    void on(UserAccountChangeRefused event) {
        audit.record(new AuditRecord(AuditAction.UPDATE, OBJECT_TYPE, event.userId().toString(), null, null,
                "username: " + event.username() + "; " + event.attempt()));
    }

    @EventListener
    void on(ApiTokenIssued event) {
        audit.record(new AuditRecord(AuditAction.CREATE, TOKEN_OBJECT_TYPE, event.tokenId(), null, null,
                "issued to " + event.username() + " (" + event.userId() + "), expires " + event.expiresAt()));
    }

    @EventListener
    void on(ApiTokenRevoked event) {
        audit.record(new AuditRecord(AuditAction.UPDATE, TOKEN_OBJECT_TYPE, event.tokenId(), null, null,
                "revoked by " + event.username() + " (" + event.userId() + ")"));
    }
}
