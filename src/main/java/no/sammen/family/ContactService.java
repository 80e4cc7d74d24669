package no.sammen.family;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import no.sammen.audit.AuditAction;
import no.sammen.organisation.OrganisationService;
import no.sammen.organisation.StaffView;
import no.sammen.organisation.UnitView;
import no.sammen.patient.CourseView;
import no.sammen.registration.CourseDates;
import no.sammen.registration.CourseRegistrations;
import no.sammen.registration.CourseStaff;
import no.sammen.registration.FreeText;
import no.sammen.shared.FieldProblem;
import no.sammen.shared.InvalidInputException;
import no.sammen.shared.NotFoundException;
import no.sammen.shared.ReadInTransaction;
import no.sammen.shared.WrittenStandard;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The contacts with relatives of a course (the earliest is the first contact, which the guideline
 * wants within three days of the start) and the letter to relatives. Reads that show person data
 * and every change are audited in the same transaction.
 */
@Service
@Transactional
class ContactService {

    static final String CONTACT = "relative_contact";
    static final String LETTER = "relatives_letter";
    static final int STAFF_MAX = 200;

    private final RelativeContactRepository contacts;
    private final NetworkMemberRepository members;
    private final CourseFamilyRepository families;
    private final CourseRegistrations courses;
    private final OrganisationService organisation;
    private final CourseStaff staffMembers;
    private final MessageSource messages;
    private final Clock clock;

    ContactService(RelativeContactRepository contacts, NetworkMemberRepository members,
            CourseFamilyRepository families, CourseRegistrations courses, OrganisationService organisation,
            CourseStaff staffMembers, MessageSource messages, Clock clock) {
        this.staffMembers = staffMembers;
        this.contacts = contacts;
        this.members = members;
        this.families = families;
        this.courses = courses;
        this.organisation = organisation;
        this.messages = messages;
        this.clock = clock;
    }

    /**
     * The earliest contact with relatives of the course, if any: a letter, which may have been handed
     * to the patient to pass on, is an attempt and not a contact (ADR 0021). Not audited: part of a page.
     */
    @Transactional(readOnly = true)
    Optional<FirstContactView> firstContact(UUID courseId) {
        return earliest(courseId, false);
    }

    /** The earliest letter to relatives of the course, if any: an attempt at contact. Not audited: part of a page. */
    @Transactional(readOnly = true)
    Optional<FirstContactView> firstLetter(UUID courseId) {
        return earliest(courseId, true);
    }

    /**
     * The contacts read in the current transaction, by course: the course page asks for the first contact and the
     * first letter. Contacts are only ever added, here.
     */
    private final ReadInTransaction<UUID, List<RelativeContact>> readInTransaction = new ReadInTransaction<>();

    private Optional<FirstContactView> earliest(UUID courseId, boolean letter) {
        CourseView course = courses.toRead(courseId);
        return readInTransaction.get(courseId, contacts::findByCourseIdOrderByContactedAt).stream()
                .filter(c -> (c.channel() == ContactChannel.LETTER) == letter).findFirst()
                .map(c -> {
                    LocalDateTime at = local(c);
                    return new FirstContactView(at, c.channel(), c.memberIds(), c.id(), c.staffName(),
                            day(course, at.toLocalDate()));
                });
    }

    /** The contacts with relatives, earliest first. Not audited: part of a page. */
    @Transactional(readOnly = true)
    List<RelativeContactView> contacts(UUID courseId) {
        return views(courses.toRead(courseId));
    }

    /** The contacts with relatives, earliest first; an audited read. */
    List<RelativeContactView> contactLog(UUID courseId) {
        CourseView course = courses.toRead(courseId);
        List<RelativeContactView> found = views(course);
        courses.audit(AuditAction.LIST, CONTACT, courseId, course, null);
        return found;
    }

    /**
     * The letter to relatives with the course's unit filled in. It holds no patient data, but which
     * course it was printed for is, so it is audited.
     */
    RelativesLetter letter(UUID courseId, WrittenStandard standard) {
        CourseView course = courses.toRead(courseId);
        UnitView unit = organisation.unit(course.unitId()).orElseThrow(() -> new NotFoundException("unit"));
        courses.audit(AuditAction.READ, LETTER, courseId, course, standard.name());
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

    /**
     * Registers a contact with relatives. The members must be private members of this course's
     * network; a letter may name no one (it can be handed to the patient to pass on). A contact made by a
     * staff member of the course's unit carries that member's name as its text.
     */
    RelativeContactView registerContact(UUID courseId, NewContact contact) {
        CourseView course = courses.toChange(courseId);
        List<FieldProblem> problems = new ArrayList<>();
        LocalDateTime at = contact.dateTime();
        if (at != null && at.isAfter(courses.now())) {
            problems.add(FieldProblem.of("dateTime", "family.contact.dateTime.future"));
        } else {
            CourseDates.doneInCourse(at == null ? null : at.toLocalDate(), course, courses.today(), "dateTime",
                    "family.contact.dateTime.required", problems);
        }
        if (contact.channel() == null) {
            problems.add(FieldProblem.of("channel", "family.contact.channel.required"));
        }
        Optional<StaffView> member = staffMembers.named(course, contact.staffId(), "staffId", problems);
        String staff = member.map(StaffView::fullName)
                .orElse(contact.staffName() == null ? "" : contact.staffName().strip());
        if (contact.staffId() != null) {
            // the name is the staff member's own, or the staff member was refused above
        } else if (staff.isEmpty()) {
            problems.add(FieldProblem.of("staffName", "family.contact.staffName.required"));
        } else {
            FreeText.check(staff, "staffName", STAFF_MAX, problems);
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
        readInTransaction.forget(courseId);
        RelativeContact saved = contacts.save(RelativeContact.register(courseId,
                at.atZone(clock.getZone()).toInstant(), contact.channel(), staff, contact.staffId(), contact.memberIds(),
                clock.instant()));
        boolean first = contact.channel() != ContactChannel.LETTER
                && firstBefore.map(f -> at.isBefore(f.dateTime())).orElse(true);
        courses.audit(AuditAction.CREATE, CONTACT, saved.id(), course, "course " + courseId + " " + contact.channel());
        return view(saved, course, first);
    }

    private List<RelativeContactView> views(CourseView course) {
        List<RelativeContact> rows = readInTransaction.get(course.id(), contacts::findByCourseIdOrderByContactedAt);
        List<RelativeContactView> views = new ArrayList<>();
        boolean firstSeen = false;
        for (RelativeContact row : rows) {
            // The first contact is the earliest that is not a letter.
            boolean first = !firstSeen && row.channel() != ContactChannel.LETTER;
            firstSeen |= first;
            views.add(view(row, course, first));
        }
        return views;
    }

    private RelativeContactView view(RelativeContact c, CourseView course, boolean first) {
        LocalDateTime at = local(c);
        return new RelativeContactView(c.id(), c.courseId(), at, c.channel(), c.staffName(), c.memberIds(),
                day(course, at.toLocalDate()), first, c.staffId());
    }

    private LocalDateTime local(RelativeContact c) {
        return LocalDateTime.ofInstant(c.contactedAt(), clock.getZone());
    }

    /** The start day is day 0. */
    private static long day(CourseView course, LocalDate date) {
        return ChronoUnit.DAYS.between(course.startDate(), date);
    }

    private String text(String key, WrittenStandard standard, Object... args) {
        return messages.getMessage(key, args, standard.locale());
    }
}
