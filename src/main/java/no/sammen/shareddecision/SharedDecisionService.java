package no.sammen.shareddecision;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import no.sammen.audit.AuditAction;
import no.sammen.family.NetworkService;
import no.sammen.guideline.Guideline;
import no.sammen.guideline.Recommendation;
import no.sammen.patient.CourseView;
import no.sammen.registration.CourseRegistrations;
import no.sammen.registration.Registrations;
import no.sammen.security.CurrentUserService;
import no.sammen.shared.FieldProblem;
import no.sammen.shared.InvalidInputException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Shared decisions of a course: documented, changed and read only through a course the acting user may
 * see or change. Every save appends a revision in the same transaction, and changes and the reads of
 * this module's pages and API are audited there too; {@link #decisions} is for the course page
 * section, whose page audits what it shows.
 */
@Service
@Transactional
class SharedDecisionService {

    static final String OBJECT_TYPE = "shared_decision";

    private final SharedDecisionRepository decisions;
    private final SharedDecisionHistory history;
    private final CourseRegistrations courses;
    private final NetworkService network;
    private final Guideline guideline;
    private final CurrentUserService users;
    private final Clock clock;

    SharedDecisionService(SharedDecisionRepository decisions, SharedDecisionHistory history,
            CourseRegistrations courses, NetworkService network, Guideline guideline, CurrentUserService users,
            Clock clock) {
        this.decisions = decisions;
        this.history = history;
        this.courses = courses;
        this.network = network;
        this.guideline = guideline;
        this.users = users;
        this.clock = clock;
    }

    /** The course's decisions, the latest decided first. Not audited. */
    @Transactional(readOnly = true)
    List<SharedDecisionView> decisions(UUID courseId) {
        courses.toRead(courseId);
        return decisions.findByCourseIdOrderByDecidedOnDescCreatedAtDesc(courseId).stream()
                .map(SharedDecision::toView).toList();
    }

    SharedDecisionView register(UUID courseId, SharedDecisionRegistration registration) {
        CourseView course = courses.toChange(courseId);
        validate(course, registration);
        Instant now = clock.instant();
        SharedDecision saved = Registrations.save(
                () -> decisions.save(SharedDecision.register(courseId, registration, now)), OBJECT_TYPE);
        SharedDecisionView view = saved.toView();
        history.append(view, now, users.current().displayName());
        courses.audit(AuditAction.CREATE, OBJECT_TYPE, saved.id(), course, summary(view));
        return view;
    }

    /** Changes a decision, keeping the earlier version as a revision; {@code version} is the one that was read. */
    SharedDecisionView change(UUID courseId, UUID decisionId, long version, SharedDecisionRegistration registration) {
        CourseView course = courses.toChange(courseId);
        SharedDecision decision = find(courseId, decisionId);
        Registrations.checkVersion(decision.version(), version, OBJECT_TYPE);
        validate(course, registration);
        Instant now = clock.instant();
        decision.change(registration, now);
        SharedDecisionView view = Registrations.save(() -> decisions.save(decision), OBJECT_TYPE).toView();
        history.append(view, now, users.current().displayName());
        courses.audit(AuditAction.UPDATE, OBJECT_TYPE, decisionId, course, summary(view));
        return view;
    }

    /** The course's decisions for this module's pages and API: an audited read. */
    List<SharedDecisionView> read(UUID courseId) {
        CourseView course = courses.toRead(courseId);
        List<SharedDecisionView> found = decisions.findByCourseIdOrderByDecidedOnDescCreatedAtDesc(courseId).stream()
                .map(SharedDecision::toView).toList();
        courses.audit(AuditAction.LIST, OBJECT_TYPE, null, course,
                "course " + courseId + ", " + found.size() + " decision(s)");
        return found;
    }

    /** One decision for this module's pages and API: an audited read. */
    SharedDecisionView read(UUID courseId, UUID decisionId) {
        CourseView course = courses.toRead(courseId);
        SharedDecisionView found = find(courseId, decisionId).toView();
        courses.audit(AuditAction.READ, OBJECT_TYPE, decisionId, course, "course " + courseId);
        return found;
    }

    /** Every saved version of one decision, the latest first: an audited read. */
    List<SharedDecisionRevisionView> history(UUID courseId, UUID decisionId) {
        CourseView course = courses.toRead(courseId);
        find(courseId, decisionId);
        List<SharedDecisionRevisionView> revisions = history.revisions(decisionId);
        courses.audit(AuditAction.READ, OBJECT_TYPE, decisionId, course,
                "course " + courseId + ", history of " + revisions.size() + " revision(s)");
        return revisions;
    }

    /** The options a decision may name from the guideline catalog, in catalog order. */
    List<Recommendation> catalogOptions() {
        return guideline.recommendations();
    }

    private SharedDecision find(UUID courseId, UUID decisionId) {
        return Registrations.ofCourse(decisions.findById(decisionId), courseId, SharedDecision::courseId,
                OBJECT_TYPE);
    }

    /** All problems at once: the rules, then whether the participants are in this course's network. */
    private void validate(CourseView course, SharedDecisionRegistration registration) {
        Set<String> ids = guideline.recommendations().stream().map(Recommendation::id).collect(Collectors.toSet());
        List<FieldProblem> problems = new ArrayList<>(SharedDecisionRules.check(registration, course.startDate(),
                course.endDate(), courses.today(), ids));
        if (!registration.participantIds().isEmpty()) {
            try {
                network.requireMembers(course.id(), new HashSet<>(registration.participantIds()), "participantIds");
            } catch (InvalidInputException e) {
                problems.addAll(e.problems());
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    /** What the audit log says about a decision: its shape, never its free text. */
    private static String summary(SharedDecisionView d) {
        return "course " + d.courseId() + ", " + d.question() + ", " + d.optionIds().size() + "+"
                + d.freeOptions().size() + " option(s), " + d.participantIds().size() + " participant(s)"
                + (d.revisitOn() == null ? "" : ", revisit set") + ", revision " + (d.version() + 1);
    }
}
