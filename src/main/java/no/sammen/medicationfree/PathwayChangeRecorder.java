package no.sammen.medicationfree;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import no.sammen.audit.AuditAction;
import no.sammen.audit.AuditRecord;
import no.sammen.audit.AuditService;
import no.sammen.patient.CourseView;
import no.sammen.patient.PathwayChanges;
import no.sammen.patient.PathwayOnCompulsory;
import no.sammen.security.CurrentUser;
import no.sammen.security.CurrentUserService;

import org.springframework.stereotype.Component;

/**
 * Records, in the transaction of the course's change, what happened to a medication-free course's
 * pathway as the course form or API answered: continued or ended under compulsory care, or left for
 * the ordinary pathway. Uses no course service, since the course service calls it.
 */
@Component
class PathwayChangeRecorder implements PathwayChanges {

    static final String OBJECT_TYPE = "medication_free_pathway_change";

    private final PathwayChangeRepository changes;
    private final AuditService audit;
    private final CurrentUserService users;
    private final Clock clock;

    PathwayChangeRecorder(PathwayChangeRepository changes, AuditService audit, CurrentUserService users, Clock clock) {
        this.changes = changes;
        this.audit = audit;
        this.users = users;
        this.clock = clock;
    }

    @Override
    public void changed(CourseView before, CourseView after, PathwayOnCompulsory answer) {
        ChangeKind kind = answer == null ? ChangeKind.RETURNED
                : answer.answer() == PathwayOnCompulsory.Answer.CONTINUE ? ChangeKind.COMPULSORY_CONTINUED
                : ChangeKind.COMPULSORY_RETURNED;
        CurrentUser me = users.current();
        PathwayChange saved = changes.save(new PathwayChange(UUID.randomUUID(), after.id(), LocalDate.now(clock),
                me.id(), me.displayName(), kind, answer == null ? null : answer.reason(), clock.instant(), null));
        audit.record(new AuditRecord(AuditAction.CREATE, OBJECT_TYPE, saved.id().toString(), after.unitId(),
                after.patientKey(), "course " + after.id() + ", " + kind));
    }
}
