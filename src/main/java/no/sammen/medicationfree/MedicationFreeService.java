package no.sammen.medicationfree;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import no.sammen.audit.AuditAction;
import no.sammen.patient.CourseService;
import no.sammen.patient.CourseView;
import no.sammen.patient.Pathway;
import no.sammen.registration.CourseRegistrations;
import no.sammen.registration.FreeText;
import no.sammen.registration.Registrations;
import no.sammen.security.CurrentUser;
import no.sammen.security.CurrentUserService;
import no.sammen.shared.InvalidInputException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Eligibility assessments for the medication-free pathway, and what happens to the pathway later. An
 * assessment is recorded whether its criteria are met or not; when all are met the course's pathway
 * becomes medication-free, and when one is not the pathway is refused naming it (a course already on
 * the pathway returns to the ordinary one: the latest assessment decides). Changes and the reads of
 * this module's pages and API are audited in the same transaction; {@link #state} is for the course
 * page section, which audits nothing more.
 */
@Service
@Transactional
class MedicationFreeService {

    static final String OBJECT_TYPE = "medication_free_assessment";

    private final AssessmentRepository assessments;
    private final PathwayChangeRepository changes;
    private final CourseRegistrations courses;
    private final CourseService courseService;
    private final CurrentUserService users;
    private final Clock clock;

    MedicationFreeService(AssessmentRepository assessments, PathwayChangeRepository changes,
            CourseRegistrations courses, CourseService courseService, CurrentUserService users, Clock clock) {
        this.assessments = assessments;
        this.changes = changes;
        this.courses = courses;
        this.courseService = courseService;
        this.users = users;
        this.clock = clock;
    }

    /** The pathway of a course with its assessments and changes, oldest first. */
    record History(CourseView course, List<AssessmentView> assessments, List<PathwayChangeView> changes) {

        AssessmentView latest() {
            return assessments.isEmpty() ? null : assessments.get(assessments.size() - 1);
        }
    }

    /**
     * Records an assessment and, when every criterion is met, chooses the medication-free pathway.
     *
     * @throws PathwayRefused when a criterion is not met; the assessment is recorded all the same
     * @throws InvalidInputException when the answers cannot be recorded; nothing is stored
     */
    @Transactional(noRollbackFor = PathwayRefused.class)
    AssessmentView assess(UUID courseId, AssessmentAnswers answers) {
        CourseView course = courses.toChange(courseId);
        List<no.sammen.shared.FieldProblem> problems = EligibilityRules.check(answers, course, courses.today());
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Registrations.checkVersion(course.version(), answers.courseVersion(), "course");
        CurrentUser me = users.current();
        List<Criterion> unmet = EligibilityRules.unmet(answers, course);
        Assessment saved = Registrations.save(() -> assessments.save(new Assessment(UUID.randomUUID(), courseId,
                answers.assessedOn(), me.id(), me.displayName(), course.psychosis(), course.diagnosisCode(),
                EligibilityRules.met(Criterion.VOLUNTARY, answers, course),
                answers.wantsNonMedication(), answers.professionallySound(), answers.capacityToConsent(),
                answers.noRisk(), unmet.isEmpty(), FreeText.stripToNull(answers.note()), clock.instant(), null)),
                OBJECT_TYPE);
        courses.audit(AuditAction.CREATE, OBJECT_TYPE, saved.id(), course, "course " + courseId + ", "
                + (unmet.isEmpty() ? "eligible" : "not eligible: " + unmet.stream().map(Criterion::field).toList()));
        if (unmet.isEmpty()) {
            if (course.pathway() != Pathway.MEDICATION_FREE) {
                courseService.choosePathway(courseId, course.version(), Pathway.MEDICATION_FREE,
                        "eligibility assessment " + saved.id());
            }
            return saved.toView();
        }
        if (course.pathway() == Pathway.MEDICATION_FREE) {
            courseService.choosePathway(courseId, course.version(), Pathway.ORDINARY,
                    "eligibility assessment " + saved.id() + " not met");
        }
        throw new PathwayRefused(unmet, saved.id());
    }

    /** The course's pathway and history for the course page section. Not audited: the page is. */
    @Transactional(readOnly = true)
    History state(UUID courseId) {
        return history(courses.toRead(courseId));
    }

    /** The course's pathway and history for this module's page and API: an audited read. */
    History read(UUID courseId) {
        CourseView course = courses.toRead(courseId);
        History history = history(course);
        courses.audit(AuditAction.LIST, OBJECT_TYPE, null, course, "course " + courseId + ", "
                + history.assessments().size() + " assessment(s), " + history.changes().size() + " change(s)");
        return history;
    }

    /** One assessment: an audited read. */
    AssessmentView read(UUID courseId, UUID assessmentId) {
        CourseView course = courses.toRead(courseId);
        AssessmentView found = Registrations.ofCourse(assessments.findById(assessmentId), courseId,
                Assessment::courseId, OBJECT_TYPE).toView();
        courses.audit(AuditAction.READ, OBJECT_TYPE, assessmentId, course, "course " + courseId);
        return found;
    }

    private History history(CourseView course) {
        return new History(course,
                assessments.findByCourseIdOrderByCreatedAt(course.id()).stream().map(Assessment::toView).toList(),
                changes.findByCourseIdOrderByCreatedAt(course.id()).stream().map(PathwayChange::toView).toList());
    }
}
