package no.sammen.groupprogramme;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import no.sammen.audit.AuditAction;
import no.sammen.audit.AuditRecord;
import no.sammen.audit.AuditService;
import no.sammen.registration.FreeText;
import no.sammen.shared.FieldProblem;
import no.sammen.shared.InvalidInputException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff qualifications and supervision sessions of a unit, registered by its coordinator or leader;
 * each registration is published for the competence plans.
 */
@Service
@Transactional
class StaffService {

    private final StaffQualificationRepository qualifications;
    private final SupervisionRepository supervisions;
    private final ProgrammeGroupRepository groups;
    private final GroupAccess access;
    private final StaffNames staff;
    private final AuditService audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    StaffService(StaffQualificationRepository qualifications, SupervisionRepository supervisions,
            ProgrammeGroupRepository groups, GroupAccess access, StaffNames staff, AuditService audit,
            ApplicationEventPublisher events, Clock clock) {
        this.qualifications = qualifications;
        this.supervisions = supervisions;
        this.groups = groups;
        this.access = access;
        this.staff = staff;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    QualificationView qualify(UUID unitId, UUID userId, QualificationKind kind, LocalDate qualifiedOn,
            LocalDate validUntil) {
        access.manager(unitId);
        Map<UUID, String> names = staff.ofUnit(unitId);
        List<FieldProblem> problems = new ArrayList<>(GroupRules.checkQualification(userId, kind, qualifiedOn,
                validUntil, LocalDate.now(clock)));
        if (userId != null && !names.containsKey(userId)) {
            problems.add(FieldProblem.of("userId", "groupprogramme.staff.notInUnit"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        StaffQualification saved = qualifications.save(new StaffQualification(UUID.randomUUID(), userId, unitId, kind,
                qualifiedOn, validUntil, clock.instant(), null));
        audit.record(new AuditRecord(AuditAction.CREATE, "staff_qualification", saved.id().toString(), unitId, null,
                "user " + userId + ", " + kind));
        events.publishEvent(new StaffQualified(saved.id(), userId, unitId, kind, qualifiedOn));
        return staff.view(saved, names);
    }

    SupervisionView supervise(UUID unitId, Programme programme, LocalDate heldOn, UUID supervisorId,
            String supervisorName, UUID groupId, Set<UUID> attendeeIds, String note) {
        access.manager(unitId);
        Map<UUID, String> names = staff.ofUnit(unitId);
        List<FieldProblem> problems = new ArrayList<>(GroupRules.checkSupervision(heldOn, supervisorId,
                supervisorName, groupId, attendeeIds, note, LocalDate.now(clock)));
        if (programme == null) {
            problems.add(FieldProblem.of("programme", "groupprogramme.programme.required"));
        }
        if (supervisorId != null && !names.containsKey(supervisorId)) {
            problems.add(FieldProblem.of("supervisorId", "groupprogramme.staff.notInUnit"));
        }
        if (!names.keySet().containsAll(attendeeIds)) {
            problems.add(FieldProblem.of("attendeeIds", "groupprogramme.staff.notInUnit"));
        }
        if (groupId != null && groups.findById(groupId).filter(g -> g.unitId().equals(unitId)).isEmpty()) {
            problems.add(FieldProblem.of("groupId", "groupprogramme.supervision.group.notInUnit"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Supervision saved = supervisions.save(new Supervision(UUID.randomUUID(), unitId, programme, heldOn, supervisorId,
                supervisorId == null ? FreeText.stripToNull(supervisorName) : null, groupId,
                FreeText.stripToNull(note), attendeeIds.stream().map(Supervision.Attendee::new)
                        .collect(Collectors.toSet()), clock.instant(), null));
        audit.record(new AuditRecord(AuditAction.CREATE, "supervision_session", saved.id().toString(), unitId, null,
                programme + ", " + attendeeIds.size() + " attendee(s)"));
        events.publishEvent(new SupervisionHeld(saved.id(), unitId, programme, heldOn, List.copyOf(attendeeIds)));
        return saved.toView();
    }
}
