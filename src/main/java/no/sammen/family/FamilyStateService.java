package no.sammen.family;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import no.sammen.audit.AuditAction;
import no.sammen.patient.CourseView;
import no.sammen.registration.CourseDates;
import no.sammen.registration.CourseRegistrations;
import no.sammen.registration.Registrations;
import no.sammen.shared.FieldProblem;
import no.sammen.shared.InvalidInputException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What is recorded about the family of a course as a whole: the «no relatives or network» state
 * (ADR 0006) and the patient's minor children. One row per course, made by the first answer.
 */
@Service
@Transactional
class FamilyStateService {

    static final String STATE = "family_course";
    static final int MAX_CHILDREN = 30;

    private final CourseFamilyRepository families;
    private final NetworkMemberRepository members;
    private final RelativeContactRepository contacts;
    private final CourseRegistrations courses;
    private final Clock clock;

    FamilyStateService(CourseFamilyRepository families, NetworkMemberRepository members,
            RelativeContactRepository contacts, CourseRegistrations courses, Clock clock) {
        this.families = families;
        this.members = members;
        this.contacts = contacts;
        this.courses = courses;
        this.clock = clock;
    }

    /** Whether the course is marked as having no relatives or network. Not audited: part of a page. */
    @Transactional(readOnly = true)
    boolean noNetwork(UUID courseId) {
        courses.toRead(courseId);
        return families.findById(courseId).map(CourseFamily::noNetwork).orElse(false);
    }

    /** The «no relatives or network» state and the minor children of a course. Not audited: part of a page. */
    @Transactional(readOnly = true)
    FamilyStateView state(UUID courseId) {
        courses.toRead(courseId);
        return stateOf(courseId);
    }

    /**
     * Sets or clears «no relatives or network». Setting it is refused while the course has private
     * members or registered contacts: the state would contradict what is recorded, and it takes the
     * course out of the relatives indicators, so it must be a decision, never a side effect.
     *
     * @param version the version read, null if nothing was recorded for the course yet
     */
    FamilyStateView markNoNetwork(UUID courseId, Long version, boolean noNetwork) {
        CourseView course = courses.toChange(courseId);
        Optional<CourseFamily> existing = families.findById(courseId);
        CourseFamily family = existing.orElseGet(() -> CourseFamily.start(courseId, clock.instant()));
        checkVersion(family, version);
        if (noNetwork) {
            if (members.findByCourseIdOrderByCreatedAt(courseId).stream()
                    .anyMatch(m -> m.toView().relation().isRelative())) {
                throw new InvalidInputException(FieldProblem.of("noNetwork", "family.noNetwork.hasRelatives"));
            } else if (!contacts.findByCourseIdOrderByContactedAt(courseId).isEmpty()) {
                throw new InvalidInputException(FieldProblem.of("noNetwork", "family.noNetwork.hasContacts"));
            }
        }
        family.markNoNetwork(noNetwork, clock.instant(), courses.today());
        CourseFamily saved = Registrations.save(() -> families.save(family), STATE);
        courses.audit(existing.isPresent() ? AuditAction.UPDATE : AuditAction.CREATE, STATE, courseId, course,
                "noNetwork=" + noNetwork);
        return saved.toView();
    }

    /**
     * Records what the patient said about minor children. {@link MinorChildren#NOT_ASKED} (all
     * empty) returns the course to «not asked yet».
     */
    FamilyStateView recordChildren(UUID courseId, Long version, MinorChildren children) {
        CourseView course = courses.toChange(courseId);
        Optional<CourseFamily> existing = families.findById(courseId);
        CourseFamily family = existing.orElseGet(() -> CourseFamily.start(courseId, clock.instant()));
        checkVersion(family, version);
        validate(children, course);
        family.recordChildren(children, clock.instant());
        CourseFamily saved = Registrations.save(() -> families.save(family), STATE);
        courses.audit(existing.isPresent() ? AuditAction.UPDATE : AuditAction.CREATE, STATE, courseId, course,
                "children");
        return saved.toView();
    }

    /** The first answer of a course makes its row: there is no version to check yet. */
    private static void checkVersion(CourseFamily family, Long version) {
        if (family.version() != null) {
            Registrations.checkVersion(family.version(), version, STATE);
        }
    }

    FamilyStateView stateOf(UUID courseId) {
        return families.findById(courseId).map(CourseFamily::toView)
                .orElseGet(() -> new FamilyStateView(courseId, false, MinorChildren.NOT_ASKED, null));
    }

    private void validate(MinorChildren children, CourseView course) {
        List<FieldProblem> problems = new ArrayList<>();
        if (!children.asked()) {
            if (children.count() != null || !children.ages().isEmpty() || children.needsAddressed() != null) {
                throw new InvalidInputException(FieldProblem.of("askedOn", "family.children.askedOn.required"));
            }
            return;
        }
        CourseDates.doneInCourse(children.askedOn(), course, courses.today(), "askedOn",
                "family.children.askedOn.required", problems);
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
}
