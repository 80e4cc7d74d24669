package no.sammen.journalaudit;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import no.sammen.audit.AuditAction;
import no.sammen.audit.AuditRecord;
import no.sammen.audit.AuditService;
import no.sammen.conversation.ConversationOverview;
import no.sammen.conversation.ConversationOverview.ConversationOverviewView;
import no.sammen.family.FamilyOverview;
import no.sammen.family.FamilyOverview.FamilyOverviewView;
import no.sammen.medicationfree.MedicationFreeCourse;
import no.sammen.medicationfree.MedicationFreeCourses;
import no.sammen.organisation.OrganisationService;
import no.sammen.organisation.UnitView;
import no.sammen.patient.CourseService;
import no.sammen.patient.CourseView;
import no.sammen.registration.CourseRegistrations;
import no.sammen.security.CurrentUser;
import no.sammen.security.CurrentUserService;
import no.sammen.security.Role;
import no.sammen.shared.ConcurrentEditException;
import no.sammen.shared.FieldProblem;
import no.sammen.shared.InvalidInputException;
import no.sammen.shared.NotFoundException;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Audit rounds and their checklists. Who (ADR 0034): a leader or coordinator of the unit opens a round; any
 * member of the unit who may read its courses (clinician, coordinator, leader) audits its records; the round
 * list and the results, which are aggregates, are for those and for the unit's analysts. Outside one's units
 * a round is "not found". Every read of a sampled course (its label, its Sammen registrations) and every saved
 * checklist is written to the audit log with the course's patient key, for the purpose of the journal audit.
 */
@Service
@Transactional
class JournalAuditService {

    static final String ROUND = "journal_audit_round";
    static final String RECORD = "journal_audit_record";

    private final JournalAuditRepository repository;
    private final AuditChecklist checklist;
    private final JournalAuditProperties properties;
    private final OrganisationService organisation;
    private final CourseService courses;
    private final CourseRegistrations registrations;
    private final MedicationFreeCourses medicationFree;
    private final FamilyOverview family;
    private final ConversationOverview conversations;
    private final CurrentUserService users;
    private final AuditService audit;
    private final Clock clock;
    private final SecureRandom seeds = new SecureRandom();

    JournalAuditService(JournalAuditRepository repository, AuditChecklist checklist, JournalAuditProperties properties,
            OrganisationService organisation, CourseService courses, CourseRegistrations registrations,
            MedicationFreeCourses medicationFree, FamilyOverview family, ConversationOverview conversations,
            CurrentUserService users, AuditService audit, Clock clock) {
        this.repository = repository;
        this.checklist = checklist;
        this.properties = properties;
        this.organisation = organisation;
        this.courses = courses;
        this.registrations = registrations;
        this.medicationFree = medicationFree;
        this.family = family;
        this.conversations = conversations;
        this.users = users;
        this.audit = audit;
        this.clock = clock;
    }

    /** A round with its records, for the auditor. */
    record RoundDetail(RoundView round, List<RecordView> records, boolean mayOpen) {
    }

    /** One record with the course's Sammen registrations beside it, for the auditor. */
    record RecordDetail(RoundView round, RecordView record, CourseView course, FamilyOverviewView family,
            ConversationOverviewView conversations) {
    }

    /** The draw of a round made again from its stored population and seed. */
    record Redraw(RoundView round, List<UUID> population, List<UUID> stored, List<UUID> redrawn) {

        public boolean sameSample() {
            return stored.equals(redrawn);
        }
    }

    static boolean mayOpen(CurrentUser user, UUID unitId) {
        return (user.hasRole(Role.LEADER) || user.hasRole(Role.COORDINATOR)) && user.belongsTo(unitId);
    }

    static boolean mayAudit(CurrentUser user, UUID unitId) {
        return user.mayReadCourses() && user.belongsTo(unitId);
    }

    static boolean mayReadResults(CurrentUser user, UUID unitId) {
        return user.belongsTo(unitId) && (user.mayReadCourses() || user.hasRole(Role.ANALYST));
    }

    boolean mayOpen(UUID unitId) {
        return mayOpen(users.current(), unitId);
    }

    /** The units whose rounds and results the acting user may see, by clinic and name. */
    @Transactional(readOnly = true)
    List<UnitView> units() {
        CurrentUser me = users.current();
        return organisation.units(me.unitIds()).stream().filter(u -> mayReadResults(me, u.id()))
                .sorted(Comparator.comparing(UnitView::clinicName).thenComparing(UnitView::name)).toList();
    }

    private UnitView readableUnit(UUID unitId) {
        CurrentUser me = users.current();
        if (unitId == null || !mayReadResults(me, unitId)) {
            throw new NotFoundException("unit");
        }
        return organisation.unit(unitId).orElseThrow(() -> new NotFoundException("unit"));
    }

    /**
     * Opens a round: checks the request, finds the population, refuses a sample larger than it, draws the
     * sample with the given seed (or a new one) and stores the population, the seed and the sample in order.
     */
    RoundView open(UUID unitId, AuditRules.OpenRound request, Long seed) {
        CurrentUser me = users.current();
        UnitView unit = readableUnit(unitId);
        if (!mayOpen(me, unitId)) {
            throw new AccessDeniedException("may not open journal audit rounds at this unit");
        }
        List<FieldProblem> problems = AuditRules.round(request, properties.maxSampleSize(), LocalDate.now(clock));
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        AuditPeriod period = AuditPeriod.parse(request.periodKind(), request.period()).orElseThrow();
        if (repository.exists(unitId, request.population(), period)) {
            throw new InvalidInputException(FieldProblem.of("period", "journalaudit.round.exists"));
        }
        List<UUID> population = SampleDraw.ordered(population(unitId, request.population(), period));
        if (request.sampleSize() > population.size()) {
            throw new InvalidInputException(AuditRules.tooLarge(population.size()));
        }
        long drawnWith = seed != null ? seed : seeds.nextLong();
        List<UUID> sample = SampleDraw.draw(population, request.sampleSize(), drawnWith);
        JournalAuditRepository.RoundRow row = new JournalAuditRepository.RoundRow(UUID.randomUUID(), unitId,
                period.kind(), period.start(), request.population(), checklist.version(), request.sampleSize(),
                population.size(), drawnWith, me.displayName(), Instant.now(clock), 0);
        repository.insertRound(row, me.id(), population, sample);
        audit.record(new AuditRecord(AuditAction.CREATE, ROUND, row.id().toString(), unitId, null,
                "population " + request.population() + ", period " + period.code() + ", sample " + sample.size()
                        + " of " + population.size() + ", seed " + drawnWith));
        return row.toView(unit.name());
    }

    /** The population of a round, read when it is opened. */
    private List<UUID> population(UUID unitId, Population population, AuditPeriod period) {
        return switch (population) {
            case STARTED_PSYCHOSIS -> repository.psychosisCourses(unitId, period, false);
            case ENDED_PSYCHOSIS -> repository.psychosisCourses(unitId, period, true);
            case MEDICATION_FREE -> medicationFree.list(unitId, period.start(), period.end(),
                    "journal audit population " + period.code()).stream()
                    .map(MedicationFreeCourse::course).map(CourseView::id).toList();
        };
    }

    /** The unit's rounds, oldest period first: aggregates only. */
    @Transactional(readOnly = true)
    List<RoundView> rounds(UUID unitId) {
        UnitView unit = readableUnit(unitId);
        return repository.rounds(unitId).stream().map(r -> r.toView(unit.name())).toList();
    }

    private JournalAuditRepository.RoundRow auditableRound(UUID roundId) {
        JournalAuditRepository.RoundRow round = repository.round(roundId)
                .orElseThrow(() -> new NotFoundException(ROUND));
        if (!mayAudit(users.current(), round.unitId())) {
            throw new NotFoundException(ROUND);
        }
        return round;
    }

    private String unitName(UUID unitId) {
        return organisation.unit(unitId).map(UnitView::name).orElse("");
    }

    /** A round with its sampled records and their labels: each course written to the log as listed. */
    RoundDetail round(UUID roundId) {
        JournalAuditRepository.RoundRow row = auditableRound(roundId);
        RoundView round = row.toView(unitName(row.unitId()));
        List<JournalAuditRepository.RecordRow> rows = repository.records(roundId);
        Map<UUID, CourseView> shown = courses.listed(rows.stream().map(JournalAuditRepository.RecordRow::courseId)
                .toList(), "journal audit round " + round.period().code() + " (" + roundId + ")").stream()
                .collect(Collectors.toMap(CourseView::id, Function.identity()));
        Map<UUID, Map<String, JournalAuditRepository.AnswerRow>> answers = repository.answers(roundId);
        List<RecordView> records = rows.stream().map(r -> view(r, shown.get(r.courseId()), answers.get(r.id())))
                .toList();
        return new RoundDetail(round, records, mayOpen(users.current(), row.unitId()));
    }

    private static RecordView view(JournalAuditRepository.RecordRow r, CourseView course,
            Map<String, JournalAuditRepository.AnswerRow> answers) {
        Map<String, Answer> given = new LinkedHashMap<>();
        if (answers != null) {
            answers.forEach((item, a) -> given.put(item, a.answer()));
        }
        return new RecordView(r.id(), r.position(), r.courseId(), course == null ? null : course.displayLabel(),
                r.completed(), r.auditedBy(), r.changedAt(), r.version(), given);
    }

    private JournalAuditRepository.RecordRow sampled(UUID roundId, UUID courseId) {
        return repository.records(roundId).stream().filter(r -> r.courseId().equals(courseId)).findFirst()
                .orElseThrow(() -> new InvalidInputException(
                        FieldProblem.of("courseId", "journalaudit.record.notInSample")));
    }

    /**
     * One sampled record with the course's Sammen registrations relevant to the checklist: an audited read
     * of the course for the purpose of the journal audit.
     */
    RecordDetail record(UUID roundId, UUID courseId) {
        JournalAuditRepository.RoundRow row = auditableRound(roundId);
        JournalAuditRepository.RecordRow record = sampled(roundId, courseId);
        CourseView course = registrations.toRead(courseId);
        FamilyOverviewView familyView = family.of(courseId);
        ConversationOverviewView conversationView = conversations.of(courseId);
        registrations.audit(AuditAction.READ, RECORD, record.id(), course,
                "journal audit round " + row.id() + ": label and Sammen registrations for the checklist");
        return new RecordDetail(row.toView(unitName(row.unitId())),
                view(record, course, repository.answers(roundId).get(record.id())), course, familyView,
                conversationView);
    }

    /**
     * Saves a record's checklist at the version read. A course not in the sample, an unknown item or answer,
     * or a completion with an item unanswered is refused, naming the field, and nothing is stored. With each
     * answer is kept what Sammen registered for the item's counterpart now.
     */
    RecordView save(UUID roundId, UUID courseId, Long version, Map<String, String> raw, boolean complete) {
        JournalAuditRepository.RoundRow row = auditableRound(roundId);
        JournalAuditRepository.RecordRow record = sampled(roundId, courseId);
        if (version == null) {
            throw new InvalidInputException(FieldProblem.of("version", "journalaudit.record.version.required"));
        }
        if (row.checklistVersion() != checklist.version()) {
            throw new InvalidInputException(FieldProblem.of("version", "journalaudit.record.checklistChanged"));
        }
        AuditRules.Parsed parsed = AuditRules.answers(raw, complete, checklist);
        if (!parsed.problems().isEmpty()) {
            throw new InvalidInputException(parsed.problems());
        }
        CourseView course = registrations.toRead(courseId);
        if (record.version() != version) {
            throw new ConcurrentEditException(RECORD);
        }
        Map<SammenCounterpart, Boolean> registered = registered(courseId);
        Map<String, JournalAuditRepository.AnswerRow> rows = new LinkedHashMap<>();
        parsed.answers().forEach((item, answer) -> rows.put(item, new JournalAuditRepository.AnswerRow(answer,
                checklist.find(item).map(ChecklistItem::sammen).map(registered::get).orElse(null))));
        String by = users.current().displayName();
        if (!repository.saveRecord(record.id(), version, complete, by, Instant.now(clock), rows)) {
            throw new ConcurrentEditException(RECORD);
        }
        registrations.audit(AuditAction.UPDATE, RECORD, record.id(), course, "journal audit round " + roundId
                + ": " + parsed.answers().size() + " of " + checklist.items().size() + " answered"
                + (complete ? ", completed" : ""));
        JournalAuditRepository.RecordRow saved = sampled(roundId, courseId);
        return view(saved, course, rows);
    }

    /** What Sammen registers now for each counterpart of a checklist item. */
    private Map<SammenCounterpart, Boolean> registered(UUID courseId) {
        FamilyOverviewView f = family.of(courseId);
        ConversationOverviewView c = conversations.of(courseId);
        Map<SammenCounterpart, Boolean> registered = new java.util.EnumMap<>(SammenCounterpart.class);
        registered.put(SammenCounterpart.CLOSEST_RELATIVE, f.closestRelativeRecorded());
        registered.put(SammenCounterpart.RELATIVE_CONTACT, f.firstContactOn() != null);
        registered.put(SammenCounterpart.CRISIS_PLAN, c.crisisPlanOn() != null && c.warningSigns());
        registered.put(SammenCounterpart.CHILDREN, f.children().asked());
        return registered;
    }

    /** The draw made again from the stored population and seed, beside the stored sample. */
    @Transactional(readOnly = true)
    Redraw redraw(UUID roundId) {
        JournalAuditRepository.RoundRow row = repository.round(roundId).orElseThrow(() -> new NotFoundException(ROUND));
        readableUnit(row.unitId());
        List<UUID> population = SampleDraw.ordered(repository.population(roundId));
        List<UUID> stored = repository.records(roundId).stream().map(JournalAuditRepository.RecordRow::courseId)
                .toList();
        return new Redraw(row.toView(unitName(row.unitId())), population, stored,
                SampleDraw.draw(population, row.sampleSize(), row.seed()));
    }

    /** The results of every round of the unit, oldest period first: aggregates only. */
    @Transactional(readOnly = true)
    List<RoundResultView> results(UUID unitId) {
        UnitView unit = readableUnit(unitId);
        return resultsOf(unit);
    }

    /** The results of the unit's rounds, without an access check: for {@link JournalAuditResults}. */
    List<RoundResultView> resultsOf(UnitView unit) {
        List<RoundResultView> results = new ArrayList<>();
        for (JournalAuditRepository.RoundRow row : repository.rounds(unit.id())) {
            Map<UUID, Map<String, JournalAuditRepository.AnswerRow>> answers = repository.answers(row.id());
            List<AuditRules.Counted> counted = repository.records(row.id()).stream()
                    .filter(JournalAuditRepository.RecordRow::completed)
                    .map(r -> counted(answers.getOrDefault(r.id(), Map.of()))).toList();
            results.add(AuditRules.results(row.toView(unit.name()), counted, checklist));
        }
        return results;
    }

    private static AuditRules.Counted counted(Map<String, JournalAuditRepository.AnswerRow> answers) {
        Map<String, Answer> given = new LinkedHashMap<>();
        Map<String, Boolean> sammen = new LinkedHashMap<>();
        answers.forEach((item, a) -> {
            given.put(item, a.answer());
            if (a.sammen() != null) {
                sammen.put(item, a.sammen());
            }
        });
        return new AuditRules.Counted(given, sammen);
    }
}
