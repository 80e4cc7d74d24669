package no.sammen.family;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import no.sammen.audit.AuditAction;
import no.sammen.audit.AuditRecord;
import no.sammen.audit.AuditService;
import no.sammen.organisation.OrganisationService;
import no.sammen.organisation.UnitView;
import no.sammen.patient.CourseService;
import no.sammen.patient.CourseView;
import no.sammen.shared.ConcurrentEditException;
import no.sammen.shared.FieldProblem;
import no.sammen.shared.InvalidInputException;
import no.sammen.shared.NationalIdMasking;
import no.sammen.shared.NotFoundException;
import no.sammen.shared.WrittenStandard;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The family around a course beyond the members themselves (see {@link NetworkService}): the «no
 * relatives or network» state, the patient's minor children, consent per member with its history,
 * the contacts with relatives and the letter to relatives. Every method reaches the course through
 * {@link CourseService#accessible}; changes and the reads that show person data are audited in the
 * same transaction.
 */
@Service
@Transactional
public class FamilyService {

    static final String STATE = "family_course";
    static final String CONSENT = "member_consent";
    static final String CONTACT = "relative_contact";
    static final String MAP = "network_map";
    static final String LETTER = "relatives_letter";
    static final int MAX_CHILDREN = 30;

    private final CourseFamilyRepository families;
    private final MemberConsentRepository consents;
    private final RelativeContactRepository contacts;
    private final NetworkMemberRepository members;
    private final CourseService courses;
    private final OrganisationService organisation;
    private final AuditService audit;
    private final ApplicationEventPublisher events;
    private final MessageSource messages;
    private final Clock clock;

    FamilyService(CourseFamilyRepository families, MemberConsentRepository consents,
            RelativeContactRepository contacts, NetworkMemberRepository members, CourseService courses,
            OrganisationService organisation, AuditService audit, ApplicationEventPublisher events,
            MessageSource messages, Clock clock) {
        this.families = families;
        this.consents = consents;
        this.contacts = contacts;
        this.members = members;
        this.courses = courses;
        this.organisation = organisation;
        this.audit = audit;
        this.events = events;
        this.messages = messages;
        this.clock = clock;
    }

    // --- queries for other modules and page sections: not audited, the page that shows them is ---

    /** Whether the course is marked as having no relatives or network. */
    @Transactional(readOnly = true)
    public boolean noNetwork(UUID courseId) {
        courses.accessible(courseId, false);
        return families.findById(courseId).map(CourseFamily::noNetwork).orElse(false);
    }

    /** The earliest contact with relatives of the course, if any. */
    @Transactional(readOnly = true)
    public Optional<FirstContactView> firstContact(UUID courseId) {
        CourseView course = courses.accessible(courseId, false);
        return contacts.findByCourseIdOrderByContactedAt(courseId).stream().findFirst()
                .map(c -> {
                    LocalDateTime at = local(c);
                    return new FirstContactView(at, c.channel(), c.memberIds(), c.id(), c.staffName(),
                            day(course, at.toLocalDate()));
                });
    }

    /** The «no relatives or network» state and the minor children of a course. */
    @Transactional(readOnly = true)
    public FamilyStateView state(UUID courseId) {
        courses.accessible(courseId, false);
        return stateOf(courseId);
    }

    /** All consents of a course, newest first; {@link ConsentView#current()} marks each member's current one. */
    @Transactional(readOnly = true)
    public List<ConsentView> consents(UUID courseId) {
        courses.accessible(courseId, false);
        return consentViews(consents.findByCourseId(courseId));
    }

    /** The current consent of a member, if one was ever registered. */
    @Transactional(readOnly = true)
    public Optional<ConsentView> currentConsent(UUID courseId, UUID memberId) {
        courses.accessible(courseId, false);
        return consentViews(consents.findByCourseIdAndMemberId(courseId, memberId)).stream()
                .filter(ConsentView::current).findFirst();
    }

    /** The contacts with relatives, earliest first. */
    @Transactional(readOnly = true)
    public List<RelativeContactView> contacts(UUID courseId) {
        CourseView course = courses.accessible(courseId, false);
        return contactViews(course);
    }

    // --- audited reads for the pages and the API ---

    /** The whole network map; an audited read of the course's network. */
    public NetworkMapView networkMap(UUID courseId) {
        CourseView course = courses.accessible(courseId, false);
        FamilyStateView state = stateOf(courseId);
        Map<UUID, ConsentView> current = consentViews(consents.findByCourseId(courseId)).stream()
                .filter(ConsentView::current).collect(Collectors.toMap(ConsentView::memberId, Function.identity()));
        List<NetworkMapView.MapMember> map = members.findByCourseIdOrderByCreatedAt(courseId).stream()
                .map(NetworkMember::toView)
                .map(m -> new NetworkMapView.MapMember(m, current.get(m.id()))).toList();
        audit.record(new AuditRecord(AuditAction.READ, MAP, courseId.toString(), course.unitId(),
                course.patientKey(), null));
        return new NetworkMapView(courseId, state.noNetwork(), state.version(), state.children(), map,
                firstContact(courseId).orElse(null));
    }

    /** One member with its consent history; an audited read. */
    public MemberConsentsView member(UUID courseId, UUID memberId) {
        CourseView course = courses.accessible(courseId, false);
        NetworkMember member = members.findById(memberId).filter(m -> m.courseId().equals(courseId))
                .orElseThrow(() -> new NotFoundException(NetworkService.OBJECT_TYPE));
        List<ConsentView> history = consentViews(consents.findByCourseIdAndMemberId(courseId, memberId));
        audit.record(new AuditRecord(AuditAction.READ, NetworkService.OBJECT_TYPE, memberId.toString(),
                course.unitId(), course.patientKey(), "course " + courseId));
        return new MemberConsentsView(member.toView(), history);
    }

    /** The consents of a course, optionally of one member; an audited read. */
    public List<ConsentView> consentList(UUID courseId, UUID memberId) {
        CourseView course = courses.accessible(courseId, false);
        List<ConsentView> found = consentViews(memberId == null ? consents.findByCourseId(courseId)
                : consents.findByCourseIdAndMemberId(courseId, memberId));
        audit.record(new AuditRecord(AuditAction.LIST, CONSENT, courseId.toString(), course.unitId(),
                course.patientKey(), memberId == null ? null : "member " + memberId));
        return found;
    }

    /** The contacts with relatives, earliest first; an audited read. */
    public List<RelativeContactView> contactLog(UUID courseId) {
        CourseView course = courses.accessible(courseId, false);
        List<RelativeContactView> found = contactViews(course);
        audit.record(new AuditRecord(AuditAction.LIST, CONTACT, courseId.toString(), course.unitId(),
                course.patientKey(), null));
        return found;
    }

    /**
     * The letter to relatives with the course's unit filled in. It holds no patient data, but which
     * course it was printed for is, so it is audited.
     */
    public RelativesLetter letter(UUID courseId, WrittenStandard standard) {
        CourseView course = courses.accessible(courseId, false);
        UnitView unit = organisation.unit(course.unitId()).orElseThrow(() -> new NotFoundException("unit"));
        audit.record(new AuditRecord(AuditAction.READ, LETTER, courseId.toString(), course.unitId(),
                course.patientKey(), standard.name()));
        String phone = unit.phone() == null || unit.phone().isBlank() ? null : unit.phone().strip();
        return new RelativesLetter(standard, unit.name(), text("family.letter.heading", standard),
                text("family.letter.intro", standard, unit.name()), text("family.letter.offer.heading", standard),
                List.of(text("family.letter.offer.conversations", standard),
                        text("family.letter.offer.familyGroups", standard),
                        text("family.letter.offer.courses", standard),
                        text("family.letter.offer.children", standard)),
                text("family.letter.call.heading", standard),
                phone == null ? text("family.letter.call.noPhone", standard, unit.name())
                        : text("family.letter.call.phone", standard, unit.name(), phone),
                text("family.letter.confidentiality.heading", standard),
                List.of(text("family.letter.confidentiality.duty", standard),
                        text("family.letter.confidentiality.noConsentNeeded", standard),
                        text("family.letter.confidentiality.yourOwn", standard)),
                text("family.letter.closing", standard));
    }

    // --- changes ---

    /**
     * Sets or clears «no relatives or network». Setting it is refused while the course has private
     * members or registered contacts: the state would contradict what is recorded, and it takes the
     * course out of the relatives indicators, so it must be a decision, never a side effect.
     *
     * @param version the version read, null if nothing was recorded for the course yet
     */
    public FamilyStateView markNoNetwork(UUID courseId, Long version, boolean noNetwork) {
        CourseView course = courses.accessible(courseId, true);
        Optional<CourseFamily> existing = families.findById(courseId);
        CourseFamily family = existing.orElseGet(() -> CourseFamily.start(courseId, clock.instant()));
        checkVersion(family, version);
        if (noNetwork) {
            List<FieldProblem> problems = new ArrayList<>();
            if (members.findByCourseIdOrderByCreatedAt(courseId).stream()
                    .anyMatch(m -> m.toView().relation().isRelative())) {
                problems.add(FieldProblem.of("noNetwork", "family.noNetwork.hasRelatives"));
            } else if (!contacts.findByCourseIdOrderByContactedAt(courseId).isEmpty()) {
                problems.add(FieldProblem.of("noNetwork", "family.noNetwork.hasContacts"));
            }
            if (!problems.isEmpty()) {
                throw new InvalidInputException(problems);
            }
        }
        boolean changed = family.noNetwork() != noNetwork;
        family.markNoNetwork(noNetwork, clock.instant());
        CourseFamily saved = save(family);
        audit.record(new AuditRecord(existing.isPresent() ? AuditAction.UPDATE : AuditAction.CREATE, STATE,
                courseId.toString(), course.unitId(), course.patientKey(), "noNetwork=" + noNetwork));
        if (changed) {
            events.publishEvent(new NoNetworkChanged(courseId, noNetwork));
        }
        return saved.toView();
    }

    /**
     * Records what the patient said about minor children. {@link MinorChildren#NOT_ASKED} (all
     * empty) returns the course to «not asked yet».
     */
    public FamilyStateView recordChildren(UUID courseId, Long version, MinorChildren children) {
        CourseView course = courses.accessible(courseId, true);
        Optional<CourseFamily> existing = families.findById(courseId);
        CourseFamily family = existing.orElseGet(() -> CourseFamily.start(courseId, clock.instant()));
        checkVersion(family, version);
        validate(children, course);
        family.recordChildren(children, clock.instant());
        CourseFamily saved = save(family);
        audit.record(new AuditRecord(existing.isPresent() ? AuditAction.UPDATE : AuditAction.CREATE, STATE,
                courseId.toString(), course.unitId(), course.patientKey(), "children"));
        return saved.toView();
    }

    /**
     * Registers the patient's answer about sharing information with one member, as a new row: the
     * answers before it stay as they were and become history.
     */
    public ConsentView registerConsent(UUID courseId, ConsentDetails details) {
        CourseView course = courses.accessible(courseId, true);
        List<FieldProblem> problems = new ArrayList<>();
        Optional<ConsentView> current = Optional.empty();
        if (details.memberId() == null) {
            problems.add(FieldProblem.of("memberId", "family.consent.member.required"));
        } else if (members.findById(details.memberId()).filter(m -> m.courseId().equals(courseId)).isEmpty()) {
            problems.add(FieldProblem.of("memberId", "family.member.notInNetwork"));
        } else {
            current = consentViews(consents.findByCourseIdAndMemberId(courseId, details.memberId())).stream()
                    .filter(ConsentView::current).findFirst();
        }
        if (details.status() == null) {
            problems.add(FieldProblem.of("status", "family.consent.status.required"));
        }
        String scope = details.scope() == null ? "" : details.scope().strip();
        if (details.status() == ConsentStatus.PARTIAL && scope.isEmpty()) {
            problems.add(FieldProblem.of("scope", "family.consent.scope.required"));
        } else if (scope.length() > 1000) {
            problems.add(FieldProblem.of("scope", "validation.tooLong", 1000));
        } else if (NationalIdMasking.containsNationalIdLike(scope)) {
            problems.add(FieldProblem.of("scope", "family.text.nationalId"));
        }
        if (EventDates.check(details.givenOn(), course, today(), "givenOn", "family.consent.givenOn.required",
                problems) && current.isPresent() && details.givenOn().isBefore(current.get().givenOn())) {
            problems.add(FieldProblem.of("givenOn", "family.consent.givenOn.beforeCurrent",
                    FamilyPhrases.DATE.format(current.get().givenOn())));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        // A consent not given has no scope; a scope typed before the answer changed is not kept.
        ConsentDetails stored = details.status() == ConsentStatus.NOT_GIVEN
                ? new ConsentDetails(details.memberId(), details.status(), null, details.givenOn()) : details;
        MemberConsent saved = consents.save(MemberConsent.register(courseId, stored, clock.instant()));
        audit.record(new AuditRecord(AuditAction.CREATE, CONSENT, saved.id().toString(), course.unitId(),
                course.patientKey(), "member " + details.memberId() + " " + details.status()));
        return saved.toView(true);
    }

    /** Records the withdrawal of a member's current consent; the consent itself stays as it was given. */
    public ConsentView withdrawConsent(UUID courseId, UUID consentId, long version, LocalDate withdrawnOn) {
        CourseView course = courses.accessible(courseId, true);
        MemberConsent consent = consents.findById(consentId).filter(c -> c.courseId().equals(courseId))
                .orElseThrow(() -> new NotFoundException(CONSENT));
        if (consent.version() != version) {
            throw new ConcurrentEditException(CONSENT);
        }
        boolean current = consentViews(consents.findByCourseIdAndMemberId(courseId, consent.memberId())).stream()
                .anyMatch(c -> c.current() && c.id().equals(consentId));
        List<FieldProblem> problems = new ArrayList<>();
        if (!current) {
            problems.add(FieldProblem.of("withdrawnOn", "family.consent.withdraw.notCurrent"));
        } else if (consent.withdrawnOn() != null) {
            problems.add(FieldProblem.of("withdrawnOn", "family.consent.withdraw.already"));
        } else if (!consent.status().permitsSharing()) {
            problems.add(FieldProblem.of("withdrawnOn", "family.consent.withdraw.notGiven"));
        } else if (withdrawnOn == null) {
            problems.add(FieldProblem.of("withdrawnOn", "family.consent.withdrawnOn.required"));
        } else if (withdrawnOn.isBefore(consent.givenOn())) {
            problems.add(FieldProblem.of("withdrawnOn", "family.consent.withdrawnOn.beforeGiven",
                    FamilyPhrases.DATE.format(consent.givenOn())));
        } else {
            EventDates.check(withdrawnOn, course, today(), "withdrawnOn", "family.consent.withdrawnOn.required",
                    problems);
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        consent.withdraw(withdrawnOn);
        try {
            MemberConsent saved = consents.save(consent);
            audit.record(new AuditRecord(AuditAction.UPDATE, CONSENT, consentId.toString(), course.unitId(),
                    course.patientKey(), "withdrawn"));
            return saved.toView(true);
        } catch (OptimisticLockingFailureException e) {
            throw new ConcurrentEditException(CONSENT);
        }
    }

    /**
     * Registers a contact with relatives. The members must be private members of this course's
     * network; a letter may name no one (it can be handed to the patient to pass on).
     */
    public RelativeContactView registerContact(UUID courseId, NewContact contact) {
        CourseView course = courses.accessible(courseId, true);
        List<FieldProblem> problems = new ArrayList<>();
        LocalDateTime at = contact.dateTime();
        if (at != null && at.isAfter(LocalDateTime.now(clock))) {
            problems.add(FieldProblem.of("dateTime", "family.contact.dateTime.future"));
        } else {
            EventDates.check(at == null ? null : at.toLocalDate(), course, today(), "dateTime",
                    "family.contact.dateTime.required", problems);
        }
        if (contact.channel() == null) {
            problems.add(FieldProblem.of("channel", "family.contact.channel.required"));
        }
        String staff = contact.staffName() == null ? "" : contact.staffName().strip();
        if (staff.isEmpty()) {
            problems.add(FieldProblem.of("staffName", "family.contact.staffName.required"));
        } else if (staff.length() > 200) {
            problems.add(FieldProblem.of("staffName", "validation.tooLong", 200));
        } else if (NationalIdMasking.containsNationalIdLike(staff)) {
            problems.add(FieldProblem.of("staffName", "family.text.nationalId"));
        }
        Map<UUID, NetworkMemberView> network = members.findByCourseIdOrderByCreatedAt(courseId).stream()
                .map(NetworkMember::toView).collect(Collectors.toMap(NetworkMemberView::id, Function.identity()));
        if (families.findById(courseId).map(CourseFamily::noNetwork).orElse(false)) {
            problems.add(FieldProblem.of("memberIds", "family.contact.noNetwork"));
        } else if (contact.memberIds().isEmpty()) {
            if (contact.channel() != null && contact.channel() != ContactChannel.LETTER) {
                problems.add(FieldProblem.of("memberIds", "family.contact.members.required"));
            }
        } else if (!network.keySet().containsAll(contact.memberIds())) {
            problems.add(FieldProblem.of("memberIds", "family.member.notInNetwork"));
        } else if (contact.memberIds().stream().anyMatch(id -> !network.get(id).relation().isRelative())) {
            problems.add(FieldProblem.of("memberIds", "family.contact.members.notPrivate"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Optional<FirstContactView> firstBefore = firstContact(courseId);
        RelativeContact saved = contacts.save(RelativeContact.register(courseId,
                at.atZone(zone()).toInstant(), contact.channel(), staff, contact.memberIds(), clock.instant()));
        boolean first = firstBefore.map(f -> at.isBefore(f.dateTime())).orElse(true);
        audit.record(new AuditRecord(AuditAction.CREATE, CONTACT, saved.id().toString(), course.unitId(),
                course.patientKey(), "course " + courseId + " " + contact.channel()));
        events.publishEvent(new RelativeContactRegistered(courseId, saved.id(), at, first));
        return view(saved, course, first);
    }

    // --- internals ---

    private void validate(MinorChildren children, CourseView course) {
        List<FieldProblem> problems = new ArrayList<>();
        if (!children.asked()) {
            if (children.count() != null || !children.ages().isEmpty() || children.needsAddressed() != null) {
                problems.add(FieldProblem.of("askedOn", "family.children.askedOn.required"));
            }
            if (!problems.isEmpty()) {
                throw new InvalidInputException(problems);
            }
            return;
        }
        EventDates.check(children.askedOn(), course, today(), "askedOn", "family.children.askedOn.required",
                problems);
        Integer count = children.count();
        if (count == null) {
            problems.add(FieldProblem.of("count", "family.children.count.required"));
        } else if (count < 0 || count > MAX_CHILDREN) {
            problems.add(FieldProblem.of("count", "family.children.count.range", MAX_CHILDREN));
        }
        if (children.ages().stream().anyMatch(age -> age == null || age < 0 || age > 17)) {
            problems.add(FieldProblem.of("ages", "family.children.ages.range"));
        } else if (count != null && !children.ages().isEmpty() && children.ages().size() != count) {
            problems.add(FieldProblem.of("ages", "family.children.ages.count", count));
        }
        if (count != null && count > 0 && children.needsAddressed() == null) {
            problems.add(FieldProblem.of("needsAddressed", "family.children.needs.required"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    private FamilyStateView stateOf(UUID courseId) {
        return families.findById(courseId).map(CourseFamily::toView)
                .orElseGet(() -> new FamilyStateView(courseId, false, MinorChildren.NOT_ASKED, null));
    }

    /** A new record has no version yet; an existing one must be changed at the version read. */
    private static void checkVersion(CourseFamily family, Long version) {
        if (family.version() != null && !family.version().equals(version)) {
            throw new ConcurrentEditException(STATE);
        }
    }

    private CourseFamily save(CourseFamily family) {
        try {
            return families.save(family);
        } catch (OptimisticLockingFailureException | DuplicateKeyException e) {
            // Duplicate key: someone else recorded the first facts of the same course meanwhile.
            throw new ConcurrentEditException(STATE);
        }
    }

    /** Newest first per date given, then per registration; the first of each member is its current one. */
    private static List<ConsentView> consentViews(List<MemberConsent> rows) {
        List<MemberConsent> sorted = rows.stream()
                .sorted(Comparator.comparing(MemberConsent::givenOn).thenComparing(MemberConsent::createdAt)
                        .reversed())
                .toList();
        Map<UUID, UUID> currentByMember = new HashMap<>();
        for (MemberConsent c : sorted) {
            currentByMember.putIfAbsent(c.memberId(), c.id());
        }
        return sorted.stream().map(c -> c.toView(c.id().equals(currentByMember.get(c.memberId())))).toList();
    }

    private List<RelativeContactView> contactViews(CourseView course) {
        List<RelativeContact> rows = contacts.findByCourseIdOrderByContactedAt(course.id());
        List<RelativeContactView> views = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            views.add(view(rows.get(i), course, i == 0));
        }
        return views;
    }

    private RelativeContactView view(RelativeContact c, CourseView course, boolean first) {
        LocalDateTime at = local(c);
        return new RelativeContactView(c.id(), c.courseId(), at, c.channel(), c.staffName(), c.memberIds(),
                day(course, at.toLocalDate()), first);
    }

    private LocalDateTime local(RelativeContact c) {
        return LocalDateTime.ofInstant(c.contactedAt(), zone());
    }

    /** The start day is day 0. */
    private static long day(CourseView course, LocalDate date) {
        return ChronoUnit.DAYS.between(course.startDate(), date);
    }

    private ZoneId zone() {
        return clock.getZone();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private String text(String key, WrittenStandard standard, Object... args) {
        return messages.getMessage(key, args, standard.locale());
    }
}
