package no.sammen.patient;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import no.sammen.audit.AuditAction;
import no.sammen.audit.AuditRecord;
import no.sammen.audit.AuditService;
import no.sammen.organisation.OrganisationService;
import no.sammen.organisation.UnitView;
import no.sammen.security.ClinicianDirectory;
import no.sammen.security.ClinicianView;
import no.sammen.security.CurrentUser;
import no.sammen.security.CurrentUserService;
import no.sammen.shared.ConcurrentEditException;
import no.sammen.shared.FieldProblem;
import no.sammen.shared.InvalidInputException;
import no.sammen.shared.NationalIdMasking;
import no.sammen.shared.NotFoundException;
import no.sammen.shared.PageOf;
import no.sammen.shared.ReadInTransaction;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registers, reads, lists and changes treatment courses for the acting user. Every method checks
 * that the course belongs to one of the user's units (a course elsewhere is "not found") and writes
 * the audit log in the same transaction.
 */
@Service
@Transactional
public class CourseService {

    static final String OBJECT_TYPE = "treatment_course";

    /** A course's columns and its label: the course's own, or the patient's for a course loaded without one. */
    private static final String SELECT_COURSE = "select c.*, p.pseudonym,"
            + " coalesce(c.display_label, p.display_label) as shown_label, u.name as unit_name";

    private final CourseRepository courses;
    private final PatientRepository patients;
    private final Pseudonymizer pseudonymizer;
    private final OrganisationService organisation;
    private final CurrentUserService currentUsers;
    private final AuditService audit;
    private final JdbcClient jdbc;
    private final ClinicianDirectory clinicians;
    private final Clock clock;
    private final List<CourseRegistrationDates> registrationDates;
    private final List<PathwayChanges> pathwayChanges;

    CourseService(CourseRepository courses, PatientRepository patients, Pseudonymizer pseudonymizer,
            OrganisationService organisation, CurrentUserService currentUsers, AuditService audit, JdbcClient jdbc,
            ClinicianDirectory clinicians, Clock clock, List<CourseRegistrationDates> registrationDates,
            List<PathwayChanges> pathwayChanges) {
        this.registrationDates = registrationDates;
        this.pathwayChanges = pathwayChanges;
        this.courses = courses;
        this.patients = patients;
        this.pseudonymizer = pseudonymizer;
        this.organisation = organisation;
        this.currentUsers = currentUsers;
        this.audit = audit;
        this.jdbc = jdbc;
        this.clinicians = clinicians;
        this.clock = clock;
    }

    /** The active units the acting user may register courses in. */
    @Transactional(readOnly = true)
    public List<UnitView> myUnits() {
        return organisation.units(writer().unitIds()).stream().filter(UnitView::active).toList();
    }

    public RegisteredCourse register(NewCourse command) {
        CurrentUser me = writer();
        List<FieldProblem> problems = new ArrayList<>();
        NationalId nationalId = null;
        try {
            nationalId = NationalId.parse(command.nationalId(), "nationalId", today());
        } catch (InvalidInputException e) {
            problems.addAll(e.problems());
        }
        String label = validateLabel(command.displayLabel(), problems);
        UnitView unit = validateUnit(command.details().unitId(), me, problems);
        DiagnosisCode diagnosis = validateDetails(command.details(), null, problems);
        if (command.details().pathway() == Pathway.MEDICATION_FREE) {
            problems.add(FieldProblem.of("pathway", VIA_ASSESSMENT));
        }
        validateResponsible(command.details().responsibleUserId(), unit, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Found found = findOrCreate(pseudonymizer.pseudonym(nationalId), label, unit, me);
        Patient patient = found.patient();
        // One active course per person and unit: registrations of the same person wait for each other
        // here (the patient's row lock, held to commit), those of other persons do not.
        jdbc.sql("select id from patient where id = :id for update").param("id", patient.id()).query().singleRow();
        if (courses.existsByPatientIdAndUnitIdAndEndDateIsNull(patient.id(), unit.id())) {
            throw new InvalidInputException(FieldProblem.of("unitId", "patient.course.alreadyActive"));
        }
        TreatmentCourse course = courses.save(TreatmentCourse.start(patient.id(), found.label(), command.details(),
                diagnosis, clock.instant()));
        audit.record(new AuditRecord(AuditAction.CREATE, OBJECT_TYPE, course.id().toString(), unit.id(),
                patient.pseudonym(), null));
        return new RegisteredCourse(view(course, patient, unit), found.knownToUser());
    }

    /** Finds or creates the patient for a national id in the trust of one of the user's units. */
    public PatientView registerPatient(String nationalIdText, String displayLabel, UUID unitId) {
        CurrentUser me = writer();
        List<FieldProblem> problems = new ArrayList<>();
        NationalId nationalId = null;
        try {
            nationalId = NationalId.parse(nationalIdText, "nationalId", today());
        } catch (InvalidInputException e) {
            problems.addAll(e.problems());
        }
        String label = validateLabel(displayLabel, problems);
        UnitView unit = validateUnit(unitId, me, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Found found = findOrCreate(pseudonymizer.pseudonym(nationalId), label, unit, me);
        return new PatientView(found.patient().id(), found.patient().pseudonym(), found.label(), found.knownToUser());
    }

    /**
     * The patient of a pseudonym in the unit's trust, created if there is none, and what the acting
     * user may learn of it. A patient is shared by the trust's units, but whether the person is
     * treated elsewhere, and what another unit calls them, is not the user's to know: the patient
     * counts as known, with the label of its latest course there, only if it has a course in one of
     * the user's units; otherwise the answer is that of a new patient, with the label the user typed.
     *
     * <p>Two users registering the same new person at once both end with the one patient row: the
     * insert gives way to a row another transaction wrote first (waiting for it to commit), and the
     * row is read back, all on the request's one connection.
     */
    private Found findOrCreate(String pseudonym, String typedLabel, UnitView unit, CurrentUser me) {
        Optional<Patient> existing = patients.findByTrustIdAndPseudonym(unit.trustId(), pseudonym);
        boolean created = false;
        if (existing.isEmpty()) {
            created = jdbc.sql("""
                    insert into patient (id, trust_id, pseudonym, display_label, created_at, version)
                    values (:id, :trustId, :pseudonym, :label, :createdAt, 0)
                    on conflict do nothing""")
                    .param("id", UUID.randomUUID()).param("trustId", unit.trustId()).param("pseudonym", pseudonym)
                    .param("label", typedLabel)
                    .param("createdAt", java.time.OffsetDateTime.ofInstant(clock.instant(), java.time.ZoneOffset.UTC))
                    .update() == 1;
            existing = patients.findByTrustIdAndPseudonym(unit.trustId(), pseudonym);
        }
        Patient patient = existing.orElseThrow(() -> new IllegalStateException("patient neither inserted nor found"));
        Optional<String> ownLabel = me.unitIds().isEmpty() ? Optional.empty() : jdbc.sql("""
                select coalesce(c.display_label, p.display_label) from treatment_course c
                join patient p on p.id = c.patient_id
                where c.patient_id = :patientId and c.unit_id in (:units)
                order by c.created_at desc, c.id limit 1""")
                .param("patientId", patient.id()).param("units", me.unitIds())
                .query(String.class).optional();
        String details = created ? null : ownLabel.isPresent() ? "found existing patient by national id"
                : "found existing patient by national id, no course in the user's units";
        audit.record(new AuditRecord(created ? AuditAction.CREATE : AuditAction.READ, "patient",
                patient.id().toString(), unit.id(), pseudonym, details));
        return new Found(patient, ownLabel.orElse(typedLabel), ownLabel.isPresent());
    }

    /** A patient found or created, the label the user sees, and whether the user's units know it. */
    private record Found(Patient patient, String label, boolean knownToUser) {
    }

    /**
     * For other modules that read something of a course: the course, if the acting user may read it;
     * otherwise "not found". Not audited here: the caller audits what it shows.
     */
    @Transactional(readOnly = true)
    public CourseView readable(UUID id) {
        return shown(id, currentUsers.current());
    }

    /**
     * For other modules that register or change something on a course: the course, if the acting
     * user may register on it; otherwise "not found" or "access denied". Not audited here: the
     * caller audits what it changes.
     */
    @Transactional(readOnly = true)
    public CourseView changeable(UUID id) {
        return shown(id, writer());
    }

    public CourseView get(UUID id) {
        CourseView course = shown(id, currentUsers.current());
        audit.record(new AuditRecord(AuditAction.READ, OBJECT_TYPE, id.toString(), course.unitId(),
                course.patientKey(), null));
        return course;
    }

    /**
     * A course as shown, read in one query (course, patient and unit), if {@code me} may read it;
     * otherwise "not found". Every page and API call on a course starts here, and a page's sections
     * each ask again: inside one transaction the course is read once ({@link #shownInTransaction}).
     */
    private CourseView shown(UUID id, CurrentUser me) {
        if (!me.mayReadCourses()) {
            throw new NotFoundException("course");
        }
        CourseView course = shownInTransaction.get(id, key -> jdbc.sql(SELECT_COURSE
                        + " from treatment_course c join patient p on p.id = c.patient_id"
                        + " join org_unit u on u.id = c.unit_id where c.id = :id")
                .param("id", key)
                .query(CourseService::row)
                .optional()
                .orElseThrow(() -> new NotFoundException("course")));
        if (!me.belongsTo(course.unitId())) {
            throw new NotFoundException("course");
        }
        return course;
    }

    /** The courses read in the current transaction. */
    private final ReadInTransaction<UUID, CourseView> shownInTransaction = new ReadInTransaction<>();

    /** After a change of the course in this transaction, it is read again. */
    private void forgetShown(UUID id) {
        shownInTransaction.forget(id);
    }

    public CourseView update(UUID id, long version, CourseDetails details) {
        return update(id, version, details, null);
    }

    /**
     * Changes a course. The medication-free pathway is not chosen here but after an eligibility
     * assessment ({@link #choosePathway}); a course already on it keeps it. A change of legal status
     * to compulsory on a medication-free course needs {@code onCompulsory}: the pathway continues,
     * with a reason, or the course returns to the ordinary pathway; either is told to the {@link
     * PathwayChanges} (ADR 0023).
     *
     * @param onCompulsory what happens to the pathway under compulsory care; read only when that is asked
     */
    public CourseView update(UUID id, long version, CourseDetails details, PathwayOnCompulsory onCompulsory) {
        CurrentUser me = writer();
        Loaded loaded = load(id, me);
        TreatmentCourse course = loaded.course();
        checkVersion(course, version);
        CourseView before = loaded.view();
        List<FieldProblem> problems = new ArrayList<>();
        UnitView unit = validateUnit(details.unitId(), me, problems);
        PathwayOnCompulsory answer = null;
        if (course.pathway() == Pathway.MEDICATION_FREE) {
            boolean toCompulsory = details.legalStatus() == LegalStatus.COMPULSORY
                    && course.legalStatus() != LegalStatus.COMPULSORY;
            if (toCompulsory && details.pathway() == Pathway.ORDINARY) {
                answer = new PathwayOnCompulsory(PathwayOnCompulsory.Answer.RETURN_TO_ORDINARY, null);
            } else if (toCompulsory && details.pathway() == Pathway.MEDICATION_FREE) {
                answer = validateOnCompulsory(onCompulsory, problems);
                if (answer != null && answer.answer() == PathwayOnCompulsory.Answer.RETURN_TO_ORDINARY) {
                    details = new CourseDetails(details.unitId(), details.startDate(), details.diagnosisCode(),
                            details.legalStatus(), Pathway.ORDINARY, details.responsibleUserId());
                }
            }
        }
        DiagnosisCode diagnosis = validateDetails(details, course.endDate(), problems);
        validateUpdatedPathway(details, course, answer, diagnosis, problems);
        validateResponsible(details.responsibleUserId(), unit, problems);
        if (problems.isEmpty() && !details.startDate().equals(course.startDate())) {
            stranded(id, details.startDate(), course.endDate(), "startDate", problems);
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        boolean newResponsible = !java.util.Objects.equals(course.responsibleUserId(), details.responsibleUserId());
        course.change(details, diagnosis);
        TreatmentCourse saved = save(course);
        forgetShown(id);
        String what = newResponsible ? "changed; responsible clinician "
                + (details.responsibleUserId() == null ? "removed" : details.responsibleUserId()) : "changed";
        if (answer != null) {
            what += "; compulsory care on the medication-free pathway: " + answer.answer();
        } else if (before.pathway() != saved.pathway()) {
            what += "; pathway " + saved.pathway();
        }
        audit.record(new AuditRecord(AuditAction.UPDATE, OBJECT_TYPE, id.toString(), unit.id(),
                loaded.patient().pseudonym(), what));
        CourseView after = view(saved, loaded.patient(), unit);
        if (before.pathway() == Pathway.MEDICATION_FREE && (answer != null || after.pathway() != Pathway.MEDICATION_FREE)) {
            PathwayOnCompulsory told = answer;
            pathwayChanges.forEach(listener -> listener.changed(before, after, told));
        }
        return after;
    }

    /** The message of a medication-free pathway asked for on the course form or API instead of the assessment. */
    static final String VIA_ASSESSMENT = "patient.course.pathway.viaAssessment";

    /**
     * For the module that assesses eligibility for the medication-free pathway (ADR 0023): sets the
     * course's pathway, at the course version the assessment read. The medication-free pathway needs a
     * psychosis diagnosis, voluntary care and an active course; the caller has checked the rest.
     *
     * @param auditDetails what the audit entry says besides the pathway (e.g. the assessment's id)
     */
    public CourseView choosePathway(UUID id, long version, Pathway pathway, String auditDetails) {
        CurrentUser me = writer();
        Loaded loaded = load(id, me);
        TreatmentCourse course = loaded.course();
        checkVersion(course, version);
        if (pathway == Pathway.MEDICATION_FREE) {
            if (!course.isActive()) {
                throw new InvalidInputException(FieldProblem.of("pathway", "patient.course.pathway.ended"));
            }
            if (course.legalStatus() != LegalStatus.VOLUNTARY) {
                throw new InvalidInputException(FieldProblem.of("pathway",
                        "patient.course.pathway.medicationFreeVoluntary"));
            }
            if (!course.psychosis()) {
                throw new InvalidInputException(FieldProblem.of("pathway",
                        "patient.course.pathway.medicationFreePsychosis"));
            }
        }
        course.choose(pathway);
        TreatmentCourse saved = save(course);
        forgetShown(id);
        audit.record(new AuditRecord(AuditAction.UPDATE, OBJECT_TYPE, id.toString(), course.unitId(),
                loaded.patient().pseudonym(), NationalIdMasking.mask("pathway " + pathway
                        + (auditDetails == null ? "" : "; " + auditDetails))));
        return view(saved, loaded.patient(), loaded.unit());
    }

    private static PathwayOnCompulsory validateOnCompulsory(PathwayOnCompulsory given, List<FieldProblem> problems) {
        if (given == null || given.answer() == null) {
            problems.add(FieldProblem.of("pathwayOnCompulsory", "patient.course.pathwayOnCompulsory.required"));
            return null;
        }
        if (given.answer() == PathwayOnCompulsory.Answer.RETURN_TO_ORDINARY) {
            return new PathwayOnCompulsory(given.answer(), null);
        }
        String reason = given.reason() == null || given.reason().isBlank() ? null : given.reason().strip();
        if (reason == null) {
            problems.add(FieldProblem.of("pathwayOnCompulsoryReason", "patient.course.pathwayOnCompulsory.reasonRequired"));
            return null;
        }
        if (reason.length() > PathwayOnCompulsory.REASON_MAX) {
            problems.add(FieldProblem.of("pathwayOnCompulsoryReason", "validation.tooLong", PathwayOnCompulsory.REASON_MAX));
            return null;
        }
        if (NationalIdMasking.containsNationalIdLike(reason)) {
            problems.add(FieldProblem.of("pathwayOnCompulsoryReason", "registration.text.nationalId"));
            return null;
        }
        return new PathwayOnCompulsory(given.answer(), reason);
    }

    /**
     * The pathway of a changed course: the medication-free pathway only when the course is on it
     * already (it is chosen by an assessment), and then only for a psychosis diagnosis and, unless it
     * continues under compulsory care as answered now or before, voluntary care.
     */
    private static void validateUpdatedPathway(CourseDetails details, TreatmentCourse course,
            PathwayOnCompulsory answer, DiagnosisCode diagnosis, List<FieldProblem> problems) {
        if (details.pathway() != Pathway.MEDICATION_FREE) {
            return;
        }
        if (course.pathway() != Pathway.MEDICATION_FREE) {
            problems.add(FieldProblem.of("pathway", VIA_ASSESSMENT));
        } else if (diagnosis != null && !diagnosis.isPsychosis()) {
            problems.add(FieldProblem.of("pathway", "patient.course.pathway.medicationFreePsychosis"));
        } else if (details.legalStatus() == LegalStatus.COMPULSORY && course.legalStatus() != LegalStatus.COMPULSORY
                && (answer == null || answer.answer() != PathwayOnCompulsory.Answer.CONTINUE)
                && problems.stream().noneMatch(p -> p.field().startsWith("pathwayOnCompulsory"))) {
            problems.add(FieldProblem.of("pathway", "patient.course.pathway.medicationFreeVoluntary"));
        }
    }

    /**
     * Ends a course, or moves the end of an ended one, with how it ended. Refused, naming them, when
     * registrations of the course would lie after the end date (ADR 0021).
     */
    public CourseView end(UUID id, long version, LocalDate endDate, CourseEndReason reason) {
        CurrentUser me = writer();
        Loaded loaded = load(id, me);
        TreatmentCourse course = loaded.course();
        checkVersion(course, version);
        List<FieldProblem> problems = new ArrayList<>();
        if (endDate == null) {
            problems.add(FieldProblem.of("endDate", "patient.course.endDate.required"));
        } else if (endDate.isBefore(course.startDate())) {
            problems.add(FieldProblem.of("endDate", "patient.course.endDate.beforeStart"));
        } else if (endDate.isAfter(today())) {
            problems.add(FieldProblem.of("endDate", "validation.date.future"));
        } else if (!endDate.equals(course.endDate())) {
            stranded(id, course.startDate(), endDate, "endDate", problems);
        }
        if (reason == null) {
            problems.add(FieldProblem.of("endReason", "patient.course.endReason.required"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        course.end(endDate, reason, today());
        TreatmentCourse saved = save(course);
        forgetShown(id);
        audit.record(new AuditRecord(AuditAction.UPDATE, OBJECT_TYPE, id.toString(), course.unitId(),
                loaded.patient().pseudonym(), "ended: " + reason));
        return view(saved, loaded.patient(), loaded.unit());
    }

    /** The most stranded registrations named one by one; the rest are counted. */
    static final int STRANDED_NAMED = 5;

    /**
     * Adds a problem on {@code field} for each registration of the course that a course from
     * {@code start} to {@code end} would leave outside it, naming its kind and day.
     */
    private void stranded(UUID courseId, LocalDate start, LocalDate end, String field, List<FieldProblem> problems) {
        List<CourseRegistrationDates.Dated> outside = registrationDates.stream()
                .flatMap(r -> r.outside(courseId, start, end).stream())
                .sorted(java.util.Comparator.comparing(CourseRegistrationDates.Dated::date)).toList();
        java.time.format.DateTimeFormatter date = java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy");
        for (CourseRegistrationDates.Dated d : outside.subList(0, Math.min(outside.size(), STRANDED_NAMED))) {
            problems.add(FieldProblem.of(field, "patient.course.dates.stranded",
                    new org.springframework.context.support.DefaultMessageSourceResolvable(d.kindKey()),
                    date.format(d.date())));
        }
        if (outside.size() > STRANDED_NAMED) {
            problems.add(FieldProblem.of(field, "patient.course.dates.strandedMore", outside.size() - STRANDED_NAMED));
        }
    }

    /** One page of the user's courses, newest start first. Each course shown is an audited read. */
    public PageOf<CourseView> list(CourseQuery query) {
        return list(query, "course list");
    }

    private PageOf<CourseView> list(CourseQuery query, String purpose) {
        CurrentUser me = currentUsers.current();
        if (!me.mayReadCourses()) {
            throw new AccessDeniedException("no access to courses");
        }
        Set<UUID> units = me.unitIds();
        if (query.unitId() != null) {
            if (!units.contains(query.unitId())) {
                throw new InvalidInputException(FieldProblem.of("unitId", "patient.course.unit.notYours"));
            }
            units = Set.of(query.unitId());
        }
        if (units.isEmpty()) {
            return new PageOf<>(List.of(), query.page(), query.size(), 0);
        }
        StringBuilder where = new StringBuilder(" where c.unit_id in (:units)");
        Map<String, Object> params = new HashMap<>();
        params.put("units", units);
        if (query.text() != null && !query.text().isBlank()) {
            where.append(" and lower(coalesce(c.display_label, p.display_label)) like :text escape '\\'");
            params.put("text", "%" + query.text().strip().toLowerCase(java.util.Locale.ROOT)
                    .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        switch (query.status()) {
            case ACTIVE -> where.append(" and c.end_date is null");
            case ENDED -> where.append(" and c.end_date is not null");
            case ALL -> { }
        }
        switch (query.diagnosisGroup()) {
            case PSYCHOSIS -> where.append(" and c.psychosis = true");
            case OTHER -> where.append(" and c.psychosis = false");
            case ALL -> { }
        }
        if (query.pathway() != null) {
            where.append(" and c.pathway = :pathway");
            params.put("pathway", query.pathway().name());
        }
        String from = " from treatment_course c join patient p on p.id = c.patient_id"
                + " join org_unit u on u.id = c.unit_id";
        long total = jdbc.sql("select count(*)" + from + where).params(params).query(Long.class).single();
        List<CourseView> items = jdbc.sql(SELECT_COURSE + from + where
                        + " order by c.start_date desc, c.id limit :limit offset :offset")
                .params(params).param("limit", query.size()).param("offset", (long) query.page() * query.size())
                .query(CourseService::row)
                .list();
        String filters = NationalIdMasking.mask(purpose + ": text=" + (query.text() == null ? "" : query.text().strip())
                + " status=" + query.status() + " diagnosis=" + query.diagnosisGroup() + " pathway="
                + (query.pathway() == null ? "ALL" : query.pathway()) + " page=" + query.page());
        if (items.isEmpty()) {
            audit.record(new AuditRecord(AuditAction.LIST, OBJECT_TYPE, null, query.unitId(), null, filters));
        }
        audit.recordAll(items.stream().map(course -> new AuditRecord(AuditAction.LIST, OBJECT_TYPE,
                course.id().toString(), course.unitId(), course.patientKey(), filters)).toList());
        return new PageOf<>(items, query.page(), query.size(), total);
    }

    /**
     * The courses with the given ids that the acting user may read, in the order of {@code ids}; a
     * course outside the user's units is left out. For a module that found the courses itself and
     * shows them as a list (the courses behind an indicator value). Each course returned is an
     * audited read, like a line in the course list, with {@code purpose} as the entry's details.
     */
    public List<CourseView> listed(List<UUID> ids, String purpose) {
        CurrentUser me = currentUsers.current();
        if (!me.mayReadCourses()) {
            throw new AccessDeniedException("no access to courses");
        }
        if (ids.isEmpty() || me.unitIds().isEmpty()) {
            return List.of();
        }
        Map<UUID, CourseView> found = new HashMap<>();
        jdbc.sql(SELECT_COURSE + " from treatment_course c join patient p on p.id = c.patient_id"
                        + " join org_unit u on u.id = c.unit_id where c.id in (:ids) and c.unit_id in (:units)")
                .param("ids", ids).param("units", me.unitIds())
                .query(CourseService::row).list()
                .forEach(course -> found.put(course.id(), course));
        List<CourseView> items = ids.stream().distinct().map(found::get).filter(java.util.Objects::nonNull).toList();
        String details = NationalIdMasking.mask(purpose);
        audit.recordAll(items.stream().map(course -> new AuditRecord(AuditAction.LIST, OBJECT_TYPE,
                course.id().toString(), course.unitId(), course.patientKey(), details)).toList());
        return items;
    }

    private static CourseView row(java.sql.ResultSet rs, int rowNumber) throws java.sql.SQLException {
        return new CourseView(rs.getObject("id", UUID.class), rs.getObject("patient_id", UUID.class),
                rs.getString("pseudonym"), rs.getString("shown_label"), rs.getObject("unit_id", UUID.class),
                rs.getString("unit_name"), rs.getObject("start_date", LocalDate.class),
                rs.getObject("end_date", LocalDate.class), rs.getString("diagnosis_code"),
                rs.getBoolean("psychosis"), LegalStatus.valueOf(rs.getString("legal_status")),
                Pathway.valueOf(rs.getString("pathway")), rs.getLong("version"),
                rs.getObject("responsible_user_id", UUID.class),
                rs.getString("end_reason") == null ? null : CourseEndReason.valueOf(rs.getString("end_reason")));
    }

    /**
     * All active courses of the user's units (or of one of them), oldest start first, in one query,
     * for worklists. Not audited: the caller writes the courses it shows to the log with {@link #shown}.
     */
    @Transactional(readOnly = true)
    public List<CourseView> activeCourses(UUID unitId) {
        CurrentUser me = currentUsers.current();
        if (!me.mayReadCourses()) {
            throw new AccessDeniedException("no access to courses");
        }
        Set<UUID> units = unitId == null ? me.unitIds()
                : me.belongsTo(unitId) ? Set.of(unitId) : Set.of();
        if (units.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(SELECT_COURSE + " from treatment_course c"
                        + " join patient p on p.id = c.patient_id join org_unit u on u.id = c.unit_id"
                        + " where c.unit_id in (:units) and c.end_date is null order by c.start_date, c.id")
                .param("units", units)
                .query(CourseService::row).list();
    }

    /**
     * Writes to the log that these courses were shown in a list, one entry each, in one batch; for a
     * module that read them with {@link #activeCourses} and shows some of them.
     */
    @Transactional
    public void shown(List<CourseView> shown, String purpose) {
        String details = NationalIdMasking.mask(purpose);
        audit.recordAll(shown.stream().map(course -> new AuditRecord(AuditAction.LIST, OBJECT_TYPE,
                course.id().toString(), course.unitId(), course.patientKey(), details)).toList());
    }

    /** Of these courses, the ids of those the acting user may read: one query, not audited. */
    @Transactional(readOnly = true)
    public Set<UUID> readable(java.util.Collection<UUID> ids) {
        CurrentUser me = currentUsers.current();
        if (!me.mayReadCourses() || ids.isEmpty() || me.unitIds().isEmpty()) {
            return Set.of();
        }
        return Set.copyOf(jdbc.sql("select id from treatment_course where id in (:ids) and unit_id in (:units)")
                .param("ids", ids).param("units", me.unitIds()).query(UUID.class).list());
    }

    private CurrentUser writer() {
        CurrentUser me = currentUsers.current();
        if (!me.mayWriteCourses()) {
            throw new AccessDeniedException("may not register courses");
        }
        return me;
    }

    private Loaded load(UUID id, CurrentUser me) {
        TreatmentCourse course = courses.findById(id)
                .filter(c -> me.mayReadCourses() && me.belongsTo(c.unitId()))
                .orElseThrow(() -> new NotFoundException("course"));
        Patient patient = patients.findById(course.patientId()).orElseThrow();
        UnitView unit = organisation.unit(course.unitId()).orElseThrow();
        return new Loaded(course, patient, unit);
    }

    private TreatmentCourse save(TreatmentCourse course) {
        try {
            return courses.save(course);
        } catch (OptimisticLockingFailureException e) {
            throw new ConcurrentEditException("course");
        }
    }

    private static void checkVersion(TreatmentCourse course, long version) {
        if (course.version() != version) {
            throw new ConcurrentEditException("course");
        }
    }

    private String validateLabel(String label, List<FieldProblem> problems) {
        if (label == null || label.isBlank()) {
            problems.add(FieldProblem.of("displayLabel", "patient.displayLabel.required"));
            return null;
        }
        String stripped = label.strip();
        if (stripped.length() > 40) {
            problems.add(FieldProblem.of("displayLabel", "validation.tooLong", 40));
        } else if (NationalIdMasking.containsNationalIdLike(stripped) || stripped.matches(".*\\d{6,}.*")) {
            problems.add(FieldProblem.of("displayLabel", "patient.displayLabel.identifying"));
        }
        return stripped;
    }

    private UnitView validateUnit(UUID unitId, CurrentUser me, List<FieldProblem> problems) {
        if (unitId == null) {
            problems.add(FieldProblem.of("unitId", "patient.course.unit.required"));
            return null;
        }
        Optional<UnitView> unit = organisation.unit(unitId).filter(u -> me.belongsTo(u.id()));
        if (unit.isEmpty()) {
            problems.add(FieldProblem.of("unitId", "patient.course.unit.notYours"));
            return null;
        }
        return unit.get();
    }

    /** The responsible clinician, when one is chosen: a clinician or coordinator of the course's unit. */
    private void validateResponsible(UUID responsibleUserId, UnitView unit, List<FieldProblem> problems) {
        if (responsibleUserId != null && unit != null && !clinicians.mayBeResponsible(responsibleUserId, unit.id())) {
            problems.add(FieldProblem.of("responsibleUserId", "patient.course.responsible.notInUnit"));
        }
    }

    /**
     * The clinicians who may be made responsible for courses in the acting user's units, for the
     * course form; each with their units, so that the form can say where each works.
     */
    @Transactional(readOnly = true)
    public List<ClinicianView> clinicians() {
        return clinicians.inUnits(writer().unitIds());
    }

    /** The acting user, if they may be responsible for courses: the default of a new course's responsible. */
    @Transactional(readOnly = true)
    public Optional<UUID> actingClinician() {
        CurrentUser me = currentUsers.current();
        return me.hasRole(no.sammen.security.Role.CLINICIAN) || me.hasRole(no.sammen.security.Role.COORDINATOR)
                ? Optional.of(me.id()) : Optional.empty();
    }

    /** Start date, diagnosis, legal status and that a pathway is given (the medication-free one is checked by the caller). */
    private DiagnosisCode validateDetails(CourseDetails details, LocalDate endDate, List<FieldProblem> problems) {
        if (details.startDate() == null) {
            problems.add(FieldProblem.of("startDate", "patient.course.startDate.required"));
        } else if (details.startDate().isAfter(today())) {
            problems.add(FieldProblem.of("startDate", "validation.date.future"));
        } else if (details.startDate().isBefore(LocalDate.of(2000, 1, 1))) {
            problems.add(FieldProblem.of("startDate", "patient.course.startDate.tooEarly"));
        } else if (endDate != null && details.startDate().isAfter(endDate)) {
            problems.add(FieldProblem.of("startDate", "patient.course.startDate.afterEnd"));
        }
        DiagnosisCode diagnosis = null;
        if (details.diagnosisCode() == null || details.diagnosisCode().isBlank()) {
            problems.add(FieldProblem.of("diagnosisCode", "patient.course.diagnosisCode.required"));
        } else {
            diagnosis = DiagnosisCode.parse(details.diagnosisCode());
            if (diagnosis == null) {
                problems.add(FieldProblem.of("diagnosisCode", "patient.course.diagnosisCode.invalid"));
            }
        }
        if (details.legalStatus() == null) {
            problems.add(FieldProblem.of("legalStatus", "patient.course.legalStatus.required"));
        }
        if (details.pathway() == null) {
            problems.add(FieldProblem.of("pathway", "patient.course.pathway.required"));
        }
        return diagnosis;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private static CourseView view(TreatmentCourse c, Patient p, UnitView unit) {
        String label = c.displayLabel() != null ? c.displayLabel() : p.displayLabel();
        return new CourseView(c.id(), p.id(), p.pseudonym(), label, c.unitId(), unit.name(), c.startDate(),
                c.endDate(), c.diagnosisCode(), c.psychosis(), c.legalStatus(), c.pathway(), c.version(),
                c.responsibleUserId(), c.endReason());
    }

    private record Loaded(TreatmentCourse course, Patient patient, UnitView unit) {

        CourseView view() {
            return CourseService.view(course, patient, unit);
        }
    }
}
