package no.sammen.guideline;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import no.sammen.audit.AuditAction;
import no.sammen.coursefact.CourseFactRow;
import no.sammen.coursefact.CourseFactService;
import no.sammen.patient.CourseView;
import no.sammen.registration.CourseRegistrations;
import no.sammen.registration.Registrations;
import no.sammen.shared.FieldProblem;
import no.sammen.shared.InvalidInputException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The guideline checklist of a course (§2): registered and read only through a course the acting user
 * may change or see. A registration is a new row (history kept); the change and the reads of this
 * module's pages and API are audited in the same transaction; {@link #checklist} is for the course
 * page's section, which the page view audits.
 */
@Service
@Transactional
class ChecklistService {

    static final String OBJECT_TYPE = "guideline_checklist";
    static final String FAMILY_CONTACT = "FAMILY_CONTACT_WITHIN_THREE_DAYS";

    private final ChecklistEntryRepository entries;
    private final CourseRegistrations courses;
    private final Guideline guideline;
    private final UnitOfferService offers;
    private final CourseFactService facts;
    private final Clock clock;

    ChecklistService(ChecklistEntryRepository entries, CourseRegistrations courses, Guideline guideline,
            UnitOfferService offers, CourseFactService facts, Clock clock) {
        this.entries = entries;
        this.courses = courses;
        this.guideline = guideline;
        this.offers = offers;
        this.facts = facts;
        this.clock = clock;
    }

    /** The course's checklist, not audited: for the course page's section. */
    @Transactional(readOnly = true)
    ChecklistView checklist(UUID courseId) {
        return build(courses.toRead(courseId));
    }

    /** The course's checklist for this module's pages and API: an audited read. */
    ChecklistView read(UUID courseId) {
        CourseView course = courses.toRead(courseId);
        ChecklistView checklist = build(course);
        courses.audit(AuditAction.LIST, OBJECT_TYPE, null, course, "course " + courseId + ", "
                + checklist.items().stream().filter(i -> i.current() != null).count() + " recommendation(s) registered");
        return checklist;
    }

    /** One recommendation of the course's checklist with its history: an audited read. */
    ChecklistItem read(UUID courseId, String recommendationId) {
        CourseView course = courses.toRead(courseId);
        ChecklistItem item = build(course).items().stream()
                .filter(i -> i.recommendation().id().equals(recommendationId)).findFirst()
                .orElseThrow(() -> new no.sammen.shared.NotFoundException(OBJECT_TYPE));
        courses.audit(AuditAction.READ, OBJECT_TYPE, recommendationId, course, "course " + courseId);
        return item;
    }

    /**
     * Registers a recommendation's state on the course, as a new row of its history.
     *
     * @param version the sequence of the latest registration the user read (0 or null: none)
     */
    ChecklistEntryView register(UUID courseId, String recommendationId, Integer version,
            ChecklistRegistration registration) {
        CourseView course = courses.toChange(courseId);
        Recommendation recommendation = guideline.find(recommendationId).orElse(null);
        boolean unitHasOffer = recommendation != null && recommendation.offeredByUnits()
                && offers.has(course.unitId(), recommendationId);
        List<FieldProblem> problems = ChecklistRules.check(recommendation, registration, course.psychosis(),
                course.pathway(), course.startDate(), course.endDate(), courses.today(), unitHasOffer);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        int latest = entries.findByCourseIdOrderByRecommendationIdAscSequenceAsc(courseId).stream()
                .filter(e -> e.recommendationId().equals(recommendationId)).mapToInt(ChecklistEntry::sequence)
                .max().orElse(0);
        Registrations.checkVersion((long) latest, version == null ? 0L : (long) version, OBJECT_TYPE);
        ChecklistRegistration r = ChecklistRules.relevant(registration);
        ChecklistEntry saved = Registrations.save(() -> entries.save(new ChecklistEntry(UUID.randomUUID(), courseId,
                course.unitId(), recommendationId, guideline.current().version(), latest + 1, r.state(), r.on(),
                r.reason(), clock.instant(), null)), OBJECT_TYPE);
        courses.audit(AuditAction.CREATE, OBJECT_TYPE, saved.id(), course, "course " + courseId + ", "
                + recommendationId + " " + r.state() + (r.reason() == null ? "" : ", with reason"));
        return saved.toView();
    }

    private ChecklistView build(CourseView course) {
        Map<String, List<ChecklistEntry>> byRecommendation = entries
                .findByCourseIdOrderByRecommendationIdAscSequenceAsc(course.id()).stream()
                .collect(Collectors.groupingBy(ChecklistEntry::recommendationId));
        Map<String, Integer> unitOffers = offers.offered(course.unitId());
        Optional<CourseFactRow> row = facts.of(course.id());
        List<ChecklistItem> items = new ArrayList<>();
        for (Recommendation r : guideline.applyingTo(course.psychosis(), course.pathway())) {
            List<ChecklistEntryView> history = byRecommendation.getOrDefault(r.id(), List.of()).stream()
                    .sorted(Comparator.comparingInt(ChecklistEntry::sequence).reversed())
                    .map(ChecklistEntry::toView).toList();
            boolean hasOffer = !r.offeredByUnits() || unitOffers.containsKey(r.id());
            FamilyContactAnswer answer = FAMILY_CONTACT.equals(r.answeredBy()) ? familyContact(course, row) : null;
            items.add(new ChecklistItem(r, history.isEmpty() ? null : history.get(0), history,
                    history.isEmpty() ? 0 : history.get(0).sequence(), hasOffer,
                    r.offeredByUnits() ? unitOffers.get(r.id()) : null, answer));
        }
        return new ChecklistView(course.id(), guideline.current().version(), List.copyOf(items));
    }

    /** From the course facts that K1 counts: the first direct contact with a relative, and «no network». */
    private FamilyContactAnswer familyContact(CourseView course, Optional<CourseFactRow> row) {
        LocalDate first = row.map(f -> f.date("first_direct_contact_on")).orElse(null);
        boolean noNetwork = row.map(f -> f.flag("no_network")).orElse(false);
        return FamilyContactAnswer.of(course.startDate(), first, noNetwork, courses.today());
    }
}
