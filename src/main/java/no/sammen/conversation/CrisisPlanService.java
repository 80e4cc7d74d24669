package no.sammen.conversation;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import no.sammen.audit.AuditAction;
import no.sammen.family.NetworkMemberView;
import no.sammen.organisation.OrganisationService;
import no.sammen.organisation.UnitView;
import no.sammen.patient.CourseView;
import no.sammen.registration.CourseRegistrations;
import no.sammen.registration.Registrations;
import no.sammen.shared.FieldProblem;
import no.sammen.shared.InvalidInputException;
import no.sammen.shared.WrittenStandard;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The crisis plan of a course: at most one, made and then changed. Every change, and every read made
 * for a page or an API answer, is written to the audit log in the same transaction; {@link
 * #crisisPlan(UUID)} is for the course page section, which is itself audited, and audits nothing.
 */
@Service
@Transactional
class CrisisPlanService {

    static final String CRISIS_PLAN = "crisis_plan";

    private final CrisisPlanRepository plans;
    private final CourseRegistrations courses;
    private final ConversationNetwork network;
    private final OrganisationService organisation;
    private final ConversationPhrases phrases;
    private final Clock clock;

    CrisisPlanService(CrisisPlanRepository plans, CourseRegistrations courses, ConversationNetwork network,
            OrganisationService organisation, ConversationPhrases phrases, Clock clock) {
        this.plans = plans;
        this.courses = courses;
        this.network = network;
        this.organisation = organisation;
        this.phrases = phrases;
        this.clock = clock;
    }

    /** A course's crisis plan, if one is made. Not audited: for summaries on an audited page. */
    @Transactional(readOnly = true)
    Optional<CrisisPlanView> crisisPlan(UUID courseId) {
        CourseView course = courses.toRead(courseId);
        return plans.findByCourseId(courseId).map(plan -> view(plan, course, network.members(courseId)));
    }

    /** The crisis plan of a course, read for a page or an API answer: audited. */
    Optional<CrisisPlanView> readCrisisPlan(UUID courseId) {
        CourseView course = courses.toRead(courseId);
        Optional<CrisisPlanView> plan = plans.findByCourseId(courseId)
                .map(p -> view(p, course, network.members(courseId)));
        courses.audit(AuditAction.READ, CRISIS_PLAN, plan.map(CrisisPlanView::id).orElse(null), course,
                "course " + courseId);
        return plan;
    }

    /**
     * Makes the course's crisis plan ({@code version} null) or changes it ({@code version} the one
     * the user read). Making one when another user has just made it is a concurrent edit.
     */
    CrisisPlanView saveCrisisPlan(UUID courseId, Long version, CrisisPlanDetails details) {
        CourseView course = courses.toChange(courseId);
        Optional<CrisisPlan> existing = plans.findByCourseId(courseId);
        Registrations.checkVersion(existing.map(CrisisPlan::version).orElse(null), version, CRISIS_PLAN);
        List<FieldProblem> problems = new ArrayList<>();
        try {
            network.require(courseId, details.madeWithMemberIds(), "madeWithMemberIds");
        } catch (InvalidInputException e) {
            problems.addAll(e.problems());
        }
        problems.addAll(ConversationRules.crisisPlan(details, course.startDate(), course.endDate(), courses.today()));
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        CrisisPlan plan = existing.orElse(null);
        if (plan == null) {
            plan = CrisisPlan.made(courseId, details, clock.instant());
        } else {
            plan.change(details, clock.instant());
        }
        CrisisPlan toSave = plan;
        CrisisPlan saved = Registrations.save(() -> plans.save(toSave), CRISIS_PLAN);
        courses.audit(existing.isPresent() ? AuditAction.UPDATE : AuditAction.CREATE, CRISIS_PLAN, saved.id(), course,
                "course " + courseId);
        return view(saved, course, network.members(courseId));
    }

    /** The journal text of a crisis plan. */
    String phrase(CrisisPlanView plan, WrittenStandard standard) {
        return phrases.crisisPlan(plan, standard);
    }

    private CrisisPlanView view(CrisisPlan p, CourseView course, Map<UUID, NetworkMemberView> members) {
        Optional<UnitView> unit = organisation.unit(course.unitId());
        List<PhoneContact> whomToCall = List.of(
                new PhoneContact(ContactKind.UNIT, unit.map(UnitView::name).orElse(course.unitName()),
                        unit.map(UnitView::phone).filter(phone -> !phone.isBlank()).orElse(null)),
                new PhoneContact(ContactKind.PRIMARY_CARE_EMERGENCY, null, PhoneContact.PRIMARY_CARE_EMERGENCY_NUMBER),
                new PhoneContact(ContactKind.EMERGENCY, null, PhoneContact.EMERGENCY_NUMBER));
        return new CrisisPlanView(p.id(), p.courseId(), p.warningSigns(), p.patientActions(), p.relativeActions(),
                whomToCall, p.otherContacts(), ConversationNetwork.participants(p.madeWithMemberIds(), members),
                p.madeWithOther(), p.madeOn(), p.reviseOn(), p.version());
    }
}
