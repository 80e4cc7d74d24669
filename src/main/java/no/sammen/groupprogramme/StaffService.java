package no.sammen.groupprogramme;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import no.sammen.audit.AuditAction;
import no.sammen.audit.AuditRecord;
import no.sammen.audit.AuditService;
import no.sammen.registration.FreeText;
import no.sammen.registration.Registrations;
import no.sammen.shared.FieldProblem;
import no.sammen.shared.InvalidInputException;
import no.sammen.shared.NotFoundException;
import no.sammen.shared.PageOf;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff qualifications and supervision sessions of a unit: registered, changed, withdrawn or deleted
 * by its coordinator or leader, read by everyone of the unit who reads its courses. A new
 * qualification is published as {@link StaffQualified} and a new supervision session as {@link
 * SupervisionHeld}; the competence plans count from what is stored now ({@link GroupProgrammes}), so a
 * change or a withdrawal is not an event of its own. Every change is an audit entry of the unit.
 */
@Service
@Transactional
class StaffService {

    static final String QUALIFICATION = "staff_qualification";
    static final String SUPERVISION = "supervision_session";

    private final StaffQualificationRepository qualifications;
    private final SupervisionRepository supervisions;
    private final ProgrammeGroupRepository groups;
    private final GroupAccess access;
    private final StaffNames staff;
    private final AuditService audit;
    private final ApplicationEventPublisher events;
    private final JdbcClient jdbc;
    private final Clock clock;

    StaffService(StaffQualificationRepository qualifications, SupervisionRepository supervisions,
            ProgrammeGroupRepository groups, GroupAccess access, StaffNames staff, AuditService audit,
            ApplicationEventPublisher events, JdbcClient jdbc, Clock clock) {
        this.qualifications = qualifications;
        this.supervisions = supervisions;
        this.groups = groups;
        this.access = access;
        this.staff = staff;
        this.audit = audit;
        this.events = events;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    // ---- qualifications

    QualificationView qualify(UUID unitId, QualificationDetails details) {
        access.manager(unitId);
        Map<UUID, String> names = staff.ofUnit(unitId);
        check(details, names);
        StaffQualification saved = qualifications.save(new StaffQualification(UUID.randomUUID(), details.userId(),
                unitId, details.kind(), details.qualifiedOn(), details.validUntil(), clock.instant(), null));
        record(AuditAction.CREATE, QUALIFICATION, saved.id(), unitId, describe(saved));
        events.publishEvent(new StaffQualified(saved.id(), details.userId(), unitId, details.kind(),
                details.qualifiedOn()));
        return staff.view(saved, names);
    }

    /** The qualification as read for its form, if the user manages the unit. */
    @Transactional(readOnly = true)
    QualificationView managedQualification(UUID unitId, UUID qualificationId) {
        access.manager(unitId);
        return staff.view(qualificationOf(unitId, qualificationId), staff.ofUnit(unitId));
    }

    /** A change of kind or dates; the staff member stays. */
    QualificationView changeQualification(UUID unitId, UUID qualificationId, long version,
            QualificationDetails details) {
        access.manager(unitId);
        StaffQualification stored = qualificationOf(unitId, qualificationId);
        Registrations.checkVersion(stored.version(), version, QUALIFICATION);
        Map<UUID, String> names = staff.ofUnit(unitId);
        QualificationDetails changed = new QualificationDetails(stored.userId(), details.kind(),
                details.qualifiedOn(), details.validUntil());
        check(changed, Map.of(stored.userId(), names.getOrDefault(stored.userId(), "–")));
        StaffQualification saved = Registrations.save(() -> qualifications.save(new StaffQualification(stored.id(),
                stored.userId(), unitId, changed.kind(), changed.qualifiedOn(), changed.validUntil(),
                stored.createdAt(), stored.version())), QUALIFICATION);
        record(AuditAction.UPDATE, QUALIFICATION, saved.id(), unitId, describe(saved));
        return staff.view(saved, names);
    }

    /**
     * A qualification registered by mistake is withdrawn: it is removed, and the audit log keeps what
     * it was. One that has ended is changed instead, with the day it was valid until.
     */
    void withdrawQualification(UUID unitId, UUID qualificationId, long version) {
        access.manager(unitId);
        StaffQualification stored = qualificationOf(unitId, qualificationId);
        Registrations.checkVersion(stored.version(), version, QUALIFICATION);
        Registrations.save(() -> {
            qualifications.delete(stored);
            return stored;
        }, QUALIFICATION);
        record(AuditAction.DELETE, QUALIFICATION, stored.id(), unitId, "withdrawn: " + describe(stored));
    }

    /**
     * The unit's staff (its clinicians and coordinators, in name order), each with their qualifications
     * (newest first) and the day each programme last supervised them; then anyone qualified here who
     * no longer works at the unit.
     */
    @Transactional(readOnly = true)
    List<StaffRow> staffOfUnit(UUID unitId) {
        access.reader(unitId);
        Map<UUID, String> names = staff.ofUnit(unitId);
        Map<UUID, List<QualificationView>> held = qualifications.findByUnitIdOrderByQualifiedOnDesc(unitId).stream()
                .map(q -> staff.view(q, names))
                .collect(Collectors.groupingBy(QualificationView::userId, LinkedHashMap::new, Collectors.toList()));
        Map<UUID, Map<Programme, LocalDate>> supervised = lastSupervised(unitId);
        List<StaffRow> rows = new ArrayList<>();
        names.forEach((id, name) -> rows.add(new StaffRow(id, name, held.getOrDefault(id, List.of()),
                supervised.getOrDefault(id, Map.of()))));
        held.forEach((id, list) -> {
            if (!names.containsKey(id)) {
                rows.add(new StaffRow(id, list.get(0).userName(), list, supervised.getOrDefault(id, Map.of())));
            }
        });
        return rows;
    }

    /**
     * The day each staff member was last supervised, per programme: as one of the therapists who came,
     * or as a leader of the group supervised.
     */
    private Map<UUID, Map<Programme, LocalDate>> lastSupervised(UUID unitId) {
        Map<UUID, Map<Programme, LocalDate>> last = new LinkedHashMap<>();
        jdbc.sql("""
                select a.user_id, s.programme, max(s.held_on) as last_on from supervision_session s
                join supervision_attendee a on a.supervision_id = s.id where s.unit_id = :unit
                group by a.user_id, s.programme
                union all
                select l.user_id, s.programme, max(s.held_on) as last_on from supervision_session s
                join programme_group_leader l on l.group_id = s.group_id where s.unit_id = :unit
                group by l.user_id, s.programme""")
                .param("unit", unitId)
                .query((rs, n) -> {
                    UUID user = rs.getObject("user_id", UUID.class);
                    Programme programme = Programme.valueOf(rs.getString("programme"));
                    LocalDate day = rs.getObject("last_on", LocalDate.class);
                    last.computeIfAbsent(user, k -> new EnumMap<>(Programme.class))
                            .merge(programme, day, (a, b) -> a.isAfter(b) ? a : b);
                    return user;
                }).list();
        return last;
    }

    /** A staff member of the unit with their qualifications and the day each programme last supervised them. */
    record StaffRow(UUID userId, String name, List<QualificationView> qualifications,
            Map<Programme, LocalDate> lastSupervised) {
    }

    private void check(QualificationDetails details, Map<UUID, String> names) {
        List<FieldProblem> problems = new ArrayList<>(GroupRules.checkQualification(details,
                LocalDate.now(clock)));
        if (details.userId() != null && !names.containsKey(details.userId())) {
            problems.add(FieldProblem.of("userId", "groupprogramme.staff.notInUnit"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    private StaffQualification qualificationOf(UUID unitId, UUID qualificationId) {
        return qualifications.findById(qualificationId).filter(q -> q.unitId().equals(unitId))
                .orElseThrow(() -> new NotFoundException(QUALIFICATION));
    }

    private static String describe(StaffQualification q) {
        return "user " + q.userId() + ", " + q.kind() + " from " + q.qualifiedOn()
                + (q.validUntil() == null ? "" : " until " + q.validUntil());
    }

    // ---- supervision

    SupervisionView supervise(UUID unitId, SupervisionDetails details) {
        access.manager(unitId);
        check(unitId, details);
        Supervision saved = supervisions.save(new Supervision(UUID.randomUUID(), unitId, details.programme(),
                details.heldOn(), details.supervisorId(), supervisorName(details), details.groupId(),
                FreeText.stripToNull(details.note()), attendees(details), clock.instant(), null));
        record(AuditAction.CREATE, SUPERVISION, saved.id(), unitId, describe(saved));
        events.publishEvent(new SupervisionHeld(saved.id(), unitId, details.programme(), details.heldOn(),
                List.copyOf(details.attendeeIds())));
        return saved.toView();
    }

    /** The supervision session as read for its form, if the user manages the unit. */
    @Transactional(readOnly = true)
    SupervisionView managedSupervision(UUID unitId, UUID supervisionId) {
        access.manager(unitId);
        return supervisionOf(unitId, supervisionId).toView();
    }

    SupervisionView changeSupervision(UUID unitId, UUID supervisionId, long version, SupervisionDetails details) {
        access.manager(unitId);
        Supervision stored = supervisionOf(unitId, supervisionId);
        Registrations.checkVersion(stored.version(), version, SUPERVISION);
        check(unitId, details);
        Supervision saved = Registrations.save(() -> supervisions.save(new Supervision(stored.id(), unitId,
                details.programme(), details.heldOn(), details.supervisorId(), supervisorName(details),
                details.groupId(), FreeText.stripToNull(details.note()), attendees(details), stored.createdAt(),
                stored.version())), SUPERVISION);
        record(AuditAction.UPDATE, SUPERVISION, saved.id(), unitId, describe(saved));
        return saved.toView();
    }

    /** A supervision session registered by mistake is deleted; the audit log keeps what it was. */
    void deleteSupervision(UUID unitId, UUID supervisionId, long version) {
        access.manager(unitId);
        Supervision stored = supervisionOf(unitId, supervisionId);
        Registrations.checkVersion(stored.version(), version, SUPERVISION);
        Registrations.save(() -> {
            supervisions.delete(stored);
            return stored;
        }, SUPERVISION);
        record(AuditAction.DELETE, SUPERVISION, stored.id(), unitId, "deleted: " + describe(stored));
    }

    /**
     * A page of the unit's supervision sessions, newest first, perhaps of one programme, paged in SQL;
     * a page past the last is the last.
     */
    @Transactional(readOnly = true)
    PageOf<SupervisionRow> supervisionPage(UUID unitId, Programme programme, int page, int size) {
        access.reader(unitId);
        String where = " from supervision_session where unit_id = :unit"
                + (programme == null ? "" : " and programme = :programme");
        long total = bind(jdbc.sql("select count(*)" + where), unitId, programme).query(Long.class).single();
        int last = (int) Math.max((total + size - 1) / size - 1, 0);
        int shown = Math.min(Math.max(page, 0), last);
        List<UUID> ids = bind(jdbc.sql("select id" + where + " order by held_on desc, created_at desc, id"
                        + " limit :limit offset :offset"), unitId, programme)
                .param("limit", size).param("offset", (long) shown * size).query(UUID.class).list();
        Map<UUID, Supervision> found = supervisions.findAllById(ids).stream()
                .collect(Collectors.toMap(Supervision::id, Function.identity()));
        Map<UUID, String> names = staff.ofUnit(unitId);
        Map<UUID, String> groupNames = new LinkedHashMap<>();
        for (Programme p : Programme.values()) {
            groups.findOfUnit(unitId, p.name()).stream().map(ProgrammeGroup::toView)
                    .forEach(g -> groupNames.put(g.id(), g.name()));
        }
        List<SupervisionRow> rows = ids.stream().map(found::get).map(Supervision::toView)
                .map(s -> new SupervisionRow(s, s.supervisorId() == null ? s.supervisorName()
                        : names.getOrDefault(s.supervisorId(), "–"),
                        s.groupId() == null ? null : groupNames.getOrDefault(s.groupId(), "–"),
                        s.attendeeIds().stream().map(id -> names.getOrDefault(id, "–")).sorted().toList()))
                .toList();
        return new PageOf<>(rows, shown, size, total);
    }

    /** A supervision session as the list shows it: with the supervisor's, the group's and the therapists' names. */
    record SupervisionRow(SupervisionView supervision, String supervisor, String groupName, List<String> attendees) {
    }

    /**
     * The supervisors one may choose for a session: the unit's staff with a supervisor qualification in
     * force today (in either programme), in name order.
     */
    @Transactional(readOnly = true)
    Map<UUID, String> supervisors(UUID unitId) {
        Map<UUID, String> names = staff.ofUnit(unitId);
        LocalDate today = LocalDate.now(clock);
        Map<UUID, String> chosen = new LinkedHashMap<>();
        List<QualificationView> all = qualifications.findByUnitIdOrderByQualifiedOnDesc(unitId).stream()
                .map(q -> staff.view(q, names)).filter(q -> supervises(q.kind()) && q.validOn(today))
                .filter(q -> names.containsKey(q.userId()))
                .sorted(Comparator.comparing(QualificationView::userName)).toList();
        all.forEach(q -> chosen.putIfAbsent(q.userId(), q.userName()));
        return chosen;
    }

    private static boolean supervises(QualificationKind kind) {
        return kind == QualificationKind.PEF_SUPERVISOR || kind == QualificationKind.IMR_SUPERVISOR;
    }

    /**
     * The rules, then what needs the unit: the supervisor chosen holds a supervisor qualification of the
     * programme in force on the day; the therapists are the unit's staff; the group is the unit's and
     * of the programme.
     */
    private void check(UUID unitId, SupervisionDetails details) {
        Map<UUID, String> names = staff.ofUnit(unitId);
        List<FieldProblem> problems = new ArrayList<>(GroupRules.checkSupervision(details, LocalDate.now(clock)));
        if (details.supervisorId() != null && details.programme() != null && details.heldOn() != null
                && qualifications.findByUnitIdOrderByQualifiedOnDesc(unitId).stream()
                        .filter(q -> q.userId().equals(details.supervisorId()))
                        .filter(q -> supervises(q.kind()) && q.kind().programme() == details.programme())
                        .map(q -> staff.view(q, names)).noneMatch(q -> q.validOn(details.heldOn()))) {
            problems.add(FieldProblem.of("supervisorId", "groupprogramme.supervision.supervisor.notQualified"));
        }
        if (!names.keySet().containsAll(details.attendeeIds())) {
            problems.add(FieldProblem.of("attendeeIds", "groupprogramme.staff.notInUnit"));
        }
        if (details.groupId() != null && groups.findById(details.groupId())
                .filter(g -> g.unitId().equals(unitId))
                .filter(g -> details.programme() == null || g.programme() == details.programme()).isEmpty()) {
            problems.add(FieldProblem.of("groupId", "groupprogramme.supervision.group.notInUnit"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    private Supervision supervisionOf(UUID unitId, UUID supervisionId) {
        return supervisions.findById(supervisionId).filter(s -> s.unitId().equals(unitId))
                .orElseThrow(() -> new NotFoundException(SUPERVISION));
    }

    private static String supervisorName(SupervisionDetails d) {
        return d.supervisorId() == null ? FreeText.stripToNull(d.supervisorName()) : null;
    }

    private static java.util.Set<Supervision.Attendee> attendees(SupervisionDetails d) {
        return d.attendeeIds().stream().map(Supervision.Attendee::new).collect(Collectors.toSet());
    }

    private static String describe(Supervision s) {
        return s.programme() + " on " + s.heldOn() + ", " + (s.groupId() == null ? "" : "group " + s.groupId() + ", ")
                + s.attendees().size() + " attendee(s)";
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec sql, UUID unitId, Programme programme) {
        JdbcClient.StatementSpec bound = sql.param("unit", unitId);
        return programme == null ? bound : bound.param("programme", programme.name());
    }

    private void record(AuditAction action, String type, UUID id, UUID unitId, String details) {
        audit.record(new AuditRecord(action, type, id.toString(), unitId, null, details));
    }
}
