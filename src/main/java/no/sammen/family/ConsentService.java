package no.sammen.family;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import no.sammen.audit.AuditAction;
import no.sammen.patient.CourseView;
import no.sammen.registration.CourseDates;
import no.sammen.registration.CourseRegistrations;
import no.sammen.registration.FreeText;
import no.sammen.registration.NorwegianDates;
import no.sammen.registration.Registrations;
import no.sammen.shared.FieldProblem;
import no.sammen.shared.InvalidInputException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The patient's consent to share information with each member of the network, with its history:
 * every answer is a new row, and the newest per member is the current one. Reads that show person
 * data and every change are audited in the same transaction.
 */
@Service
@Transactional
class ConsentService {

    static final String CONSENT = "member_consent";
    static final int SCOPE_MAX = 1000;

    private final MemberConsentRepository consents;
    private final NetworkMemberRepository members;
    private final CourseRegistrations courses;
    private final Clock clock;

    ConsentService(MemberConsentRepository consents, NetworkMemberRepository members, CourseRegistrations courses,
            Clock clock) {
        this.consents = consents;
        this.members = members;
        this.courses = courses;
        this.clock = clock;
    }

    /** All consents of a course, newest first; {@link ConsentView#current()} marks each member's current one. */
    @Transactional(readOnly = true)
    List<ConsentView> consents(UUID courseId) {
        courses.toRead(courseId);
        return views(consents.findByCourseId(courseId));
    }

    /** One member with its consent history; an audited read. */
    MemberConsentsView member(UUID courseId, UUID memberId) {
        CourseView course = courses.toRead(courseId);
        NetworkMember member = Registrations.ofCourse(members.findById(memberId), courseId, NetworkMember::courseId,
                NetworkService.OBJECT_TYPE);
        List<ConsentView> history = views(consents.findByCourseIdAndMemberId(courseId, memberId));
        courses.audit(AuditAction.READ, NetworkService.OBJECT_TYPE, memberId, course, "course " + courseId);
        return new MemberConsentsView(member.toView(), history);
    }

    /** The consents of a course, optionally of one member; an audited read. */
    List<ConsentView> consentList(UUID courseId, UUID memberId) {
        CourseView course = courses.toRead(courseId);
        List<ConsentView> found = views(memberId == null ? consents.findByCourseId(courseId)
                : consents.findByCourseIdAndMemberId(courseId, memberId));
        courses.audit(AuditAction.LIST, CONSENT, courseId, course, memberId == null ? null : "member " + memberId);
        return found;
    }

    /**
     * Registers the patient's answer about sharing information with one member, as a new row: the
     * answers before it stay as they were and become history.
     */
    ConsentView registerConsent(UUID courseId, ConsentDetails details) {
        CourseView course = courses.toChange(courseId);
        List<FieldProblem> problems = new ArrayList<>();
        Optional<ConsentView> current = Optional.empty();
        if (details.memberId() == null) {
            problems.add(FieldProblem.of("memberId", "family.consent.member.required"));
        } else if (members.findById(details.memberId()).filter(m -> m.courseId().equals(courseId)).isEmpty()) {
            problems.add(FieldProblem.of("memberId", "family.member.notInNetwork"));
        } else {
            current = views(consents.findByCourseIdAndMemberId(courseId, details.memberId())).stream()
                    .filter(ConsentView::current).findFirst();
        }
        if (details.status() == null) {
            problems.add(FieldProblem.of("status", "family.consent.status.required"));
        }
        String scope = details.scope() == null ? "" : details.scope().strip();
        if (details.status() == ConsentStatus.PARTIAL && scope.isEmpty()) {
            problems.add(FieldProblem.of("scope", "family.consent.scope.required"));
        } else {
            FreeText.check(scope, "scope", SCOPE_MAX, problems);
        }
        if (CourseDates.doneInCourse(details.givenOn(), course, courses.today(), "givenOn",
                "family.consent.givenOn.required", problems)
                && current.isPresent() && details.givenOn().isBefore(current.get().givenOn())) {
            problems.add(FieldProblem.of("givenOn", "family.consent.givenOn.beforeCurrent",
                    NorwegianDates.format(current.get().givenOn())));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        // A consent not given has no scope; a scope typed before the answer changed is not kept.
        ConsentDetails stored = details.status() == ConsentStatus.NOT_GIVEN
                ? new ConsentDetails(details.memberId(), details.status(), null, details.givenOn()) : details;
        MemberConsent saved = consents.save(MemberConsent.register(courseId, stored, clock.instant()));
        courses.audit(AuditAction.CREATE, CONSENT, saved.id(), course,
                "member " + details.memberId() + " " + details.status());
        return saved.toView(true);
    }

    /** Records the withdrawal of a member's current consent; the consent itself stays as it was given. */
    ConsentView withdrawConsent(UUID courseId, UUID consentId, long version, LocalDate withdrawnOn) {
        CourseView course = courses.toChange(courseId);
        MemberConsent consent = Registrations.ofCourse(consents.findById(consentId), courseId,
                MemberConsent::courseId, CONSENT);
        Registrations.checkVersion(consent.version(), version, CONSENT);
        boolean current = views(consents.findByCourseIdAndMemberId(courseId, consent.memberId())).stream()
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
                    NorwegianDates.format(consent.givenOn())));
        } else {
            CourseDates.doneInCourse(withdrawnOn, course, courses.today(), "withdrawnOn", null, problems);
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        consent.withdraw(withdrawnOn);
        MemberConsent saved = Registrations.save(() -> consents.save(consent), CONSENT);
        courses.audit(AuditAction.UPDATE, CONSENT, consentId, course, "withdrawn");
        return saved.toView(true);
    }

    /** Each member's current consent, for the network map. */
    Map<UUID, ConsentView> currentByMember(UUID courseId) {
        Map<UUID, ConsentView> current = new HashMap<>();
        views(consents.findByCourseId(courseId)).stream().filter(ConsentView::current)
                .forEach(c -> current.put(c.memberId(), c));
        return current;
    }

    /** Newest first per date given, then per registration; the first of each member is its current one. */
    private static List<ConsentView> views(List<MemberConsent> rows) {
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
}
