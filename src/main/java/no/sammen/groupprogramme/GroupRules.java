package no.sammen.groupprogramme;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import no.sammen.registration.CourseDates;
import no.sammen.registration.FreeText;
import no.sammen.registration.NorwegianDates;
import no.sammen.shared.FieldProblem;

/**
 * The rules of groups, sessions, qualifications and supervision that need no database: required
 * fields, lengths, free text without national ids, a kind and phase that fit the programme, a session
 * not before the group started and, when attendance is registered, not after today, attendance only
 * by the group's members; a qualification or supervision not dated in the future.
 */
final class GroupRules {

    static final int NAME_MAX = 100;
    static final int SCHEDULE_MAX = 200;
    static final int CO_LEADERS_MAX = 300;
    static final int NOTE_MAX = 500;
    static final int SUPERVISOR_NAME_MAX = 100;

    private GroupRules() {
    }

    static List<FieldProblem> checkGroup(Programme programme, GroupDetails d) {
        List<FieldProblem> problems = new ArrayList<>();
        if (d.kind() == null) {
            problems.add(FieldProblem.of("kind", "groupprogramme.kind.required"));
        } else if (!programme.kinds().contains(d.kind())) {
            problems.add(FieldProblem.of("kind", "groupprogramme.kind.notOfProgramme"));
        }
        if (d.name() == null || d.name().isBlank()) {
            problems.add(FieldProblem.of("name", "groupprogramme.name.required"));
        } else {
            FreeText.check(d.name(), "name", NAME_MAX, problems);
        }
        FreeText.check(d.schedule(), "schedule", SCHEDULE_MAX, problems);
        FreeText.check(d.coLeaders(), "coLeaders", CO_LEADERS_MAX, problems);
        if (d.startsOn() == null) {
            problems.add(FieldProblem.of("startsOn", "groupprogramme.startsOn.required"));
        } else if (d.plannedEndOn() != null && d.plannedEndOn().isBefore(d.startsOn())) {
            problems.add(FieldProblem.of("plannedEndOn", "groupprogramme.plannedEndOn.beforeStart"));
        }
        if (programme.phased() && d.phase() == null) {
            problems.add(FieldProblem.of("phase", "groupprogramme.phase.required"));
        } else if (!programme.phased() && d.phase() != null) {
            problems.add(FieldProblem.of("phase", "groupprogramme.phase.notOfProgramme"));
        }
        if (d.status() == null) {
            problems.add(FieldProblem.of("status", "groupprogramme.status.required"));
        }
        if (d.leaderIds().isEmpty()) {
            problems.add(FieldProblem.of("leaderIds", "groupprogramme.leaders.required"));
        }
        return problems;
    }

    /**
     * A session of {@code group}: the day given, not before the group's start, and not after today
     * when anyone is registered as having come; the note's length; attendance by members only.
     *
     * @param groupRelatives the family members taking part in the group
     */
    static List<FieldProblem> checkSession(GroupView group, SessionRegistration r, Set<UUID> groupRelatives,
            LocalDate today) {
        List<FieldProblem> problems = new ArrayList<>();
        if (r.heldOn() == null) {
            problems.add(FieldProblem.of("heldOn", "groupprogramme.session.heldOn.required"));
        } else if (r.heldOn().isBefore(group.startsOn())) {
            problems.add(FieldProblem.of("heldOn", "groupprogramme.session.beforeStart",
                    NorwegianDates.format(group.startsOn())));
        } else if (r.attendanceRegistered() && r.heldOn().isAfter(today)) {
            problems.add(FieldProblem.of("heldOn", CourseDates.FUTURE));
        }
        FreeText.check(r.note(), "note", NOTE_MAX, problems);
        if (group.programme().phased() ? false : r.phase() != null) {
            problems.add(FieldProblem.of("phase", "groupprogramme.phase.notOfProgramme"));
        }
        if (!group.memberCourseIds().containsAll(r.patientCourseIds())) {
            problems.add(FieldProblem.of("patientCourseIds", "groupprogramme.session.notMember"));
        }
        if (!groupRelatives.containsAll(r.relativeIds())) {
            problems.add(FieldProblem.of("relativeIds", "groupprogramme.session.relativeNotMember"));
        }
        return problems;
    }

    /** The highest part of a module a session may name. */
    static final int MAX_PART = 20;

    /**
     * What a session of a programme with a curriculum (IMR) gives besides: when anyone came, the shift, a
     * module of the curriculum and at least one leader of the unit; a part from 1 to {@link #MAX_PART};
     * homework only for patients who came. A programme without a curriculum takes none of these but its
     * leaders.
     */
    static List<FieldProblem> checkCurriculum(Programme programme, SessionRegistration r, Set<UUID> unitStaff,
            java.util.function.Predicate<String> knownModule) {
        List<FieldProblem> problems = new ArrayList<>();
        if (!unitStaff.containsAll(r.leaderIds())) {
            problems.add(FieldProblem.of("leaderIds", "groupprogramme.leaders.notInUnit"));
        }
        if (!programme.withModules()) {
            if (r.shift() != null || r.moduleId() != null || r.part() != null || !r.homeworkCourseIds().isEmpty()) {
                problems.add(FieldProblem.of("moduleId", "groupprogramme.session.moduleNotOfProgramme"));
            }
            return problems;
        }
        boolean held = r.attendanceRegistered();
        if (held && r.shift() == null) {
            problems.add(FieldProblem.of("shift", "groupprogramme.session.shift.required"));
        }
        if (r.moduleId() == null) {
            if (held) {
                problems.add(FieldProblem.of("moduleId", "groupprogramme.session.moduleId.required"));
            }
        } else if (!knownModule.test(r.moduleId())) {
            problems.add(FieldProblem.of("moduleId", "groupprogramme.session.moduleId.unknown"));
        }
        if (r.part() != null && (r.part() < 1 || r.part() > MAX_PART)) {
            problems.add(FieldProblem.of("part", "groupprogramme.session.part.range", MAX_PART));
        }
        if (held && r.leaderIds().isEmpty()) {
            problems.add(FieldProblem.of("leaderIds", "groupprogramme.session.leaders.required"));
        }
        if (!r.patientCourseIds().containsAll(r.homeworkCourseIds())) {
            problems.add(FieldProblem.of("homeworkCourseIds", "groupprogramme.session.homework.notCame"));
        }
        return problems;
    }

    /** A course that came to a session, named by its display label, with its start and end. */
    record Attending(String label, LocalDate start, LocalDate end) {
    }

    /**
     * A session with attendance lies inside the course of everyone who came: the kit's one date rule
     * ({@link CourseDates#doneInCourse}) per attending course, its message prefixed by the member's
     * label, on the day's field.
     */
    static List<FieldProblem> checkInCourses(LocalDate heldOn, List<Attending> attending, LocalDate today) {
        List<FieldProblem> problems = new ArrayList<>();
        if (heldOn == null || heldOn.isAfter(today)) {
            return problems;
        }
        for (Attending a : attending.stream().sorted(java.util.Comparator.comparing(Attending::label)).toList()) {
            List<FieldProblem> one = new ArrayList<>();
            if (!CourseDates.doneInCourse(heldOn, a.start(), a.end(), today, "heldOn", null, one)) {
                FieldProblem p = one.get(0);
                problems.add(FieldProblem.of("heldOn", "groupprogramme.session.member", a.label(),
                        new org.springframework.context.support.DefaultMessageSourceResolvable(
                                new String[] {p.messageKey()}, p.arguments().toArray())));
            }
        }
        return problems;
    }

    /** A member joining: the day given and not after today, and a single-family group holds one family. */
    static List<FieldProblem> checkMember(GroupView group, UUID courseId, LocalDate joinedOn, LocalDate today) {
        List<FieldProblem> problems = new ArrayList<>();
        if (courseId == null) {
            problems.add(FieldProblem.of("courseId", "groupprogramme.member.course.required"));
        } else if (group.hasMember(courseId)) {
            problems.add(FieldProblem.of("courseId", "groupprogramme.member.already"));
        } else if (group.kind() == GroupKind.SINGLE_FAMILY && !group.members().isEmpty()) {
            problems.add(FieldProblem.of("courseId", "groupprogramme.member.singleFamily"));
        }
        if (joinedOn == null) {
            problems.add(FieldProblem.of("joinedOn", "groupprogramme.member.joinedOn.required"));
        } else if (joinedOn.isAfter(today)) {
            problems.add(FieldProblem.of("joinedOn", CourseDates.FUTURE));
        }
        return problems;
    }

    /** Whether a family may be in this group and another at once: not in two running multi-family groups. */
    static boolean clash(GroupKind kind, GroupStatus status, GroupView other) {
        return kind == GroupKind.MULTI_FAMILY && status == GroupStatus.RUNNING
                && other.kind() == GroupKind.MULTI_FAMILY && other.status() == GroupStatus.RUNNING;
    }

    /** A qualification: who and what, a day not in the future, and a valid-until not before that day. */
    static List<FieldProblem> checkQualification(QualificationDetails q, LocalDate today) {
        List<FieldProblem> problems = new ArrayList<>();
        if (q.userId() == null) {
            problems.add(FieldProblem.of("userId", "groupprogramme.staff.required"));
        }
        if (q.kind() == null) {
            problems.add(FieldProblem.of("kind", "groupprogramme.qualification.kind.required"));
        }
        if (q.qualifiedOn() == null) {
            problems.add(FieldProblem.of("qualifiedOn", "groupprogramme.qualification.qualifiedOn.required"));
        } else if (q.qualifiedOn().isAfter(today)) {
            problems.add(FieldProblem.of("qualifiedOn", CourseDates.FUTURE));
        } else if (q.validUntil() != null && q.validUntil().isBefore(q.qualifiedOn())) {
            problems.add(FieldProblem.of("validUntil", "groupprogramme.qualification.validUntil.beforeStart"));
        }
        return problems;
    }

    /**
     * A supervision session: the programme and a day not in the future; one supervisor, chosen or
     * written (a name from outside, free text without national ids); the group or the therapists; the note.
     */
    static List<FieldProblem> checkSupervision(SupervisionDetails d, LocalDate today) {
        List<FieldProblem> problems = new ArrayList<>();
        if (d.programme() == null) {
            problems.add(FieldProblem.of("programme", "groupprogramme.programme.required"));
        }
        if (d.heldOn() == null) {
            problems.add(FieldProblem.of("heldOn", "groupprogramme.supervision.heldOn.required"));
        } else if (d.heldOn().isAfter(today)) {
            problems.add(FieldProblem.of("heldOn", CourseDates.FUTURE));
        }
        boolean named = d.supervisorName() != null && !d.supervisorName().isBlank();
        if (d.supervisorId() == null && !named) {
            problems.add(FieldProblem.of("supervisorName", "groupprogramme.supervision.supervisor.required"));
        } else if (d.supervisorId() != null && named) {
            problems.add(FieldProblem.of("supervisorName", "groupprogramme.supervision.supervisor.both"));
        } else {
            FreeText.check(d.supervisorName(), "supervisorName", SUPERVISOR_NAME_MAX, problems);
        }
        if (d.groupId() == null && d.attendeeIds().isEmpty()) {
            problems.add(FieldProblem.of("attendeeIds", "groupprogramme.supervision.whom.required"));
        }
        FreeText.check(d.note(), "note", NOTE_MAX, problems);
        return problems;
    }

    static String stripToNull(String text) {
        return FreeText.stripToNull(text);
    }
}
