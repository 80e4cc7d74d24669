package no.sammen.audit;

import no.sammen.organisation.OrganisationChanged;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Writes the administrator's changes to health trusts, clinics and units to the log. Like changes
 * to user accounts, they arrive as events because the log already depends on the organisation; the
 * listener runs in the publisher's transaction, so a change and its entry are stored together.
 */
@Component
class OrganisationAuditListener {

    private final AuditService audit;

    OrganisationAuditListener(AuditService audit) {
        this.audit = audit;
    }

    @EventListener
    void on(OrganisationChanged event) {
        AuditAction action = switch (event.change()) {
            case CREATED -> AuditAction.CREATE;
            case UPDATED -> AuditAction.UPDATE;
            case DELETED -> AuditAction.DELETE;
        };
        audit.record(new AuditRecord(action, event.part().objectType(), event.id().toString(),
                event.part() == OrganisationChanged.Part.UNIT ? event.id() : null, null, event.details()));
    }
}
